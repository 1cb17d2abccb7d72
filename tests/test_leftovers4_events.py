"""General constructions earlier tables left as strict xfails, in new wordings (issue 14, session 29, branch
leftovers4; docs/events.md rule 207).

Each sentence is our own construction in 2025 wire style (other actors, tenses, headline and body style), none
copied from an evaluation set, the news excerpts or the older tables that left them. Expected codes were written
from the CAMEO code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran: a headline "X, Y hold
talks" is a meeting (040, both ways) and "X, Y hold call" a phone call (041, both ways); curbs, rules and
restrictions relaxed are eased administrative sanctions (081); a standoff one is "locked in" is a state, no act
(CAMEO has no code for it; 150 needs a display of force); "called Y's launch a provocation" is a denunciation
(111); a veto is CAMEO 129 whatever the vetoed text would have done (as "vetoed the aid package" is 129, not
1222); "accused Y of violating the treaty by deploying ..." an accusation (112; rule 165a's 1123, accuse of
aggression, for the deployment named); inspections agreed to resume are
an intent to allow international involvement (0355), refused inspections a refusal of it (1245); a delegation
walking out of talks a boycott (143, the project's reading of rule 86b) and troops withdrawn a retreat (0874).
Actors: "Islamist militants" are insurgents (INS), "aid agencies" NGOs. A row passes when every wanted (source,
target, code prefix) is asserted and no unwanted one is. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, asserted, prefix_hit, table_cases

Triple = tuple[str, str, str]


# (sentence, events that must be asserted, events that must not be)
ROWS: list[tuple[str, list[Triple], list[Triple]]] = [
    # -- (a) headline "X, Y hold call / talks": a phone call (041) or a meeting (04), both ways --
    ("Sisi, Erdogan hold call", [("EGY", "TUR", "041"), ("TUR", "EGY", "041")], []),
    ("Starmer, Carney hold phone call on tariffs", [("GBR", "CAN", "041"), ("CAN", "GBR", "041")], []),
    ("Ramaphosa, Lula hold call", [("ZAF", "BRA", "041"), ("BRA", "ZAF", "041")], []),
    ("Orban, Fico hold talks on energy", [("HUN", "SVK", "04"), ("SVK", "HUN", "04")], []),
    ("Modi, Putin hold talks in Moscow", [("IND", "RUS", "04"), ("RUS", "IND", "04")], []),
    ("Tinubu, Mahama hold talks", [("NGA", "GHA", "04"), ("GHA", "NGA", "04")], []),
    # -- (b) curbs, rules, restrictions relaxed: eased administrative sanctions (081) --
    ("New Delhi relaxed curbs on Nepali traders.", [("IND", "NPL", "081")], []),
    ("Abu Dhabi relaxed visa rules for Pakistani workers.", [("ARE", "PAK", "081")], []),
    ("The United Kingdom relaxed visa rules for Indian students.", [("GBR", "IND", "081")], []),
    ("Kuala Lumpur relaxed curbs on Chinese tourists.", [("MYS", "CHN", "081")], []),
    ("Egypt relaxed visa rules for Syrian refugees.", [("EGY", "SYR", "081")], []),
    # -- (c) locked in a standoff: a state, no act --
    ("China and the Philippines are locked in a standoff at Second Thomas Shoal.", [], [("", "", "")]),
    ("Serbia and Kosovo remain locked in a standoff over licence plates.", [], [("", "", "")]),
    ("Indian and Pakistani troops were locked in a tense standoff along the border.", [], [("", "", "")]),
    # -- (d) "called Y's launch a provocation": a denunciation (111), no appeal (02) --
    ("Tokyo called Pyongyang's missile launch a provocation.", [("JPN", "PRK", "111")], [("JPN", "PRK", "02")]),
    (
        "South Korea called the North Korean missile launch a serious provocation.",
        [("KOR", "PRK", "111")],
        [("KOR", "PRK", "02")],
    ),
    ("Manila called Beijing's missile test a provocation.", [("PHL", "CHN", "111")], [("PHL", "CHN", "02")]),
    # -- (e) a bill lifting sanctions vetoed: a veto (129) --
    ("Zelensky vetoed a bill lifting sanctions on Belarus.", [("UKR", "BLR", "129")], [("UKR", "BLR", "085")]),
    ("Biden vetoed a bill easing sanctions on Iran.", [("USA", "IRN", "129")], [("USA", "IRN", "085")]),
    ("Trump vetoed a bill lifting sanctions on Venezuela.", [("USA", "VEN", "129")], [("USA", "VEN", "085")]),
    # -- (f) accused of violating the treaty by deploying ...: an accusation (112); the deployment named (15) makes
    # its wrong aggression, 1123 (rule 165a), a sub-code the wanted prefix admits --
    (
        "Washington accused Moscow of violating the treaty by deploying new cruise missiles.",
        [("USA", "RUS", "112")],
        [("USA", "RUS", "15")],
    ),
    (
        "Seoul accused Pyongyang of breaching the military accord by deploying troops to the border.",
        [("KOR", "PRK", "112")],
        [("KOR", "PRK", "15")],
    ),
    (
        "Armenia accused Azerbaijan of violating the ceasefire by deploying heavy artillery.",
        [("ARM", "AZE", "112")],
        [("ARM", "AZE", "15")],
    ),
    # -- (g) inspections agreed to resume (0355), refused (1245) --
    ("Iran agreed to resume inspections by the IAEA.", [("IRN", "IGO", "0355")], []),
    (
        "Russia and the United States agreed to resume inspections.",
        [("RUS", "USA", "0355"), ("USA", "RUS", "0355")],
        [],
    ),
    ("North Korea agreed to resume inspections by UN monitors.", [("PRK", "IGO", "0355")], []),
    ("Iran refused inspections by the IAEA at Fordow.", [("IRN", "IGO", "1245")], []),
    ("Russia refused inspections by US experts under the treaty.", [("RUS", "USA", "1245")], []),
    ("Syria refused inspections by UN investigators.", [("SYR", "IGO", "1245")], []),
    # -- (h) a walkout from talks (143) --
    ("The Serbian delegation walked out of the talks with Kosovo.", [("SRB", "", "143")], []),
    ("Iranian negotiators walked out of the talks with the Europeans on Friday.", [("IRN", "", "143")], []),
    ("The Sudanese army's delegation walked out of the peace talks with the RSF.", [("SDN", "", "143")], []),
    # -- (i) troops withdrawn: a retreat (0874) --
    ("Rwanda withdrew its troops from eastern Congo.", [("RWA", "COD", "0874")], [("RWA", "COD", "166")]),
    ("Azerbaijan pulled its troops out of the Armenian border villages.", [("AZE", "ARM", "0874")], []),
    ("France withdrew its soldiers from Niger.", [("FRA", "NER", "0874")], [("FRA", "NER", "166")]),
    # -- controls: neighbours that must give nothing of the kind --
    ("Unions hold rally in Paris", [], [("", "", "04")]),
    ("Ceasefire holds in Gaza", [], [("", "", "04")]),
    ("Relaxed visa rules drew more Indian tourists.", [], [("", "", "08")]),
    ("China and India are locked in talks over the border.", [("CHN", "IND", "04")], []),
    ("Tokyo called the launch a provocation.", [], [("JPN", "", "02")]),
    ("Zelensky vetoed a bill on mobilisation.", [], [("UKR", "", "085")]),
    ("Iran agreed to resume talks with the IAEA.", [("IRN", "IGO", "03")], [("IRN", "IGO", "0355")]),
    ("The prisoner walked out of the court in Kabul.", [], [("", "", "14")]),
]

# actors: (sentence, mention, code prefix)
ACTORS: list[tuple[str, str, str]] = [
    ("Islamist militants killed ten soldiers in northern Burkina Faso.", "Islamist militants", "BFAINS"),
    ("Islamist militants stormed a village in Niger on Sunday.", "Islamist militants", "NERINS"),
    ("Islamist militants abducted two aid workers in Mali.", "Islamist militants", "MLIINS"),
    ("Aid agencies warned of famine in Sudan.", "Aid agencies", "NGO"),
    ("Israel blocked aid agencies from northern Gaza.", "aid agencies", "NGO"),
    ("Aid agencies suspended work in Haiti after the attack.", "Aid agencies", "NGO"),
]

# rows the change leaves, each with why
XFAIL: dict[str, str] = {
    "Russia and the United States agreed to resume inspections.": (
        "a coordinated subject agreeing to resume inspections names no target: the pair is not read as each side"
        " admitting the other's inspectors"
    ),
    "Iranian negotiators walked out of the talks with the Europeans on Friday.": (
        "actor: 'the Europeans' names no actor, so the walkout has no target"
    ),
}
ACTOR_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), table_cases(ROWS, XFAIL))
def test_leftovers4_codes_its_events(
    rules_nlp: Language, text: str, wanted: list[Triple], unwanted: list[Triple]
) -> None:
    found = asserted(rules_nlp, text)
    assert all(prefix_hit(found, w) for w in wanted), found
    assert not any(prefix_hit(found, u) for u in unwanted), found


@pytest.mark.parametrize(("text", "mention", "code"), table_cases(ACTORS, ACTOR_XFAIL))
def test_leftovers4_actor_codes(rules_nlp: Language, text: str, mention: str, code: str) -> None:
    got = actor_code_at(rules_nlp, text, mention)
    assert got is not None and got.startswith(code), got


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in ROWS}
    assert set(ACTOR_XFAIL) <= {row[0] for row in ACTORS}
    assert len({r[0] for r in ROWS}) == len(ROWS)
