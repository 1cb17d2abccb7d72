"""Leftover vocabulary and conventions of issue 14 (session 27, branch left3; docs/events.md rule 177).

Refusing to join a joint act, agreed sanctions, promised cooperation on a named field, resumed aid, ground
fighting phrased as pushing back or repelling a force, and travel advisories. Each sentence is our own
construction, none copied from ConfliBERT, PLOVER or any evaluation set; the codes were written from
``../shared/data/cameo-eventcodes.tsv`` and the conventions of docs/events.md before the coder changed. A code of
two digits is compared at the root (a convention that fixes only the root); longer codes are compared whole.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, rules_pipeline, table_cases

Event = tuple[str, str, str]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return rules_pipeline()


# (sentence, events that must be asserted, events that must not be: a two-digit code is a root)
ROWS: list[tuple[str, list[Event], list[Event]]] = [
    # refusing to join a joint act: the refusal mirrors the act joined (its target: whom the act is aimed at, or the
    # partners it is joined with when the text names them); 12x by the reject wrapper's refinement
    ("Japan declined to join the sanctions on Russia .", [("JPN", "RUS", "12")], [("JPN", "RUS", "16")]),
    ("India refused to join the coalition against Iran .", [("IND", "IRN", "12")], []),
    (
        "South Korea has so far declined to join Western sanctions against Moscow , officials said .",
        [("KOR", "RUS", "12")],
        [("KOR", "RUS", "16")],
    ),
    ("Hungary refused to take part in the EU sanctions against Russia .", [("HUN", "RUS", "12")], []),
    ("Brazil declined to join the US-led boycott of Venezuela .", [("BRA", "VEN", "12")], [("BRA", "VEN", "16")]),
    ("India refused to join the US-led coalition against Iran .", [("IND", "USA", "12")], [("IND", "IRN", "19")]),
    ("Mexico has rejected calls to join the sanctions against Moscow .", [("MEX", "RUS", "12")], []),
    # control: joining is the act itself
    ("Japan joined the sanctions on Russia .", [("JPN", "RUS", "163")], [("JPN", "RUS", "12")]),
    # an agreed sanction noun is the measure adopted, 163 (rule 294, session 33, which amends rule 177b: these rows
    # pinned 1312, a stated intent, before); "agreed to impose sanctions" (a to-infinitive) stays 1312 (rule 157d)
    ("The EU agreed to a price cap on Russian oil .", [("IGO", "RUS", "163")], [("IGO", "RUS", "13")]),
    ("G7 leaders agreed on a price cap on Russian oil .", [("IGO", "RUS", "163")], [("IGO", "RUS", "13")]),
    ("Australia agreed to a ban on Russian oil imports .", [("AUS", "RUS", "163")], [("AUS", "RUS", "13")]),
    (
        "The European Union has agreed a new package of sanctions against Belarus .",
        [("IGO", "BLR", "163")],
        [("IGO", "BLR", "13")],
    ),
    # controls: imposed and extended sanctions are in force
    ("The EU imposed a price cap on Russian oil last December .", [("IGO", "RUS", "163")], []),
    ("The European Union agreed to extend sanctions against Russia .", [("IGO", "RUS", "163")], []),
    # cooperation promised on a named field: the field's intent sub-code (rule 155's domains)
    ("China promised cooperation with Vietnam on trade .", [("CHN", "VNM", "0311")], []),
    ("Vietnam pledged cooperation with Japan on trade and investment .", [("VNM", "JPN", "0311")], []),
    ("China promised closer cooperation with Pakistan on security .", [("CHN", "PAK", "0312")], []),
    ("India and Japan promised cooperation on defence .", [("IND", "JPN", "0312"), ("JPN", "IND", "0312")], []),
    ("Kenya and Ethiopia pledged to cooperate on security .", [("KEN", "ETH", "0312"), ("ETH", "KEN", "0312")], []),
    ("Indonesia vowed closer cooperation with Australia in intelligence .", [("IDN", "AUS", "0314")], []),
    ("Qatar pledged cooperation with Germany on energy security .", [("QAT", "DEU", "0311")], []),
    # controls: a field named by an adjective already coded; a field of no sub-code stays 030
    ("Seoul promised economic cooperation with Hanoi .", [("KOR", "VNM", "0311")], []),
    ("Japan pledged closer military cooperation with the Philippines .", [("JPN", "PHL", "0312")], []),
    ("The EU pledged cooperation with Tunisia on migration .", [("IGO", "TUN", "030")], []),
    ("France and India cooperated in Syria .", [("FRA", "IND", "050"), ("IND", "FRA", "050")], []),
    # aid unfrozen or its freeze lifted: the aid resumed codes itself (rule 170c/e), by its kind
    ("The United States unfroze military aid to Ukraine .", [("USA", "UKR", "072")], []),
    ("Washington unfroze 400 million dollars in security assistance for Kyiv .", [("USA", "UKR", "072")], []),
    ("The Netherlands unfreezes humanitarian aid to the Palestinians .", [("NLD", "PSE", "073")], []),
    ("Germany lifted the freeze on aid to Ukraine .", [("DEU", "UKR", "070")], [("DEU", "UKR", "16")]),
    ("Venezuela has lifted its freeze on aid to Cuba .", [("VEN", "CUB", "070")], [("VEN", "CUB", "16")]),
    ("Britain ended its freeze on funding for UNRWA .", [("GBR", "IGO", "07")], [("GBR", "IGO", "16")]),
    (
        "Sweden has lifted a months-long freeze on its funding to UNRWA , the ministry said .",
        [("SWE", "IGO", "07")],
        [("SWE", "IGO", "16")],
    ),
    # controls: aid resumed, aid frozen
    ("Germany lifted the freeze on military aid to Ukraine .", [("DEU", "UKR", "072")], []),
    ("Washington resumed military aid to Kyiv .", [("USA", "UKR", "072")], []),
    ("The United States froze military aid to Ukraine .", [("USA", "UKR", "1622")], []),
    # ground fighting: pushing back or repelling a force is force used (190); a place seized is occupied (192,
    # rule 153c), "took control of" stays 190; an unnamed place gives no party
    ("Ukraine pushed back Russian forces near Kharkiv .", [("UKR", "RUS", "190")], []),
    ("Ukrainian troops pushed back Russian forces from the outskirts of Kharkiv .", [("UKR", "RUS", "190")], []),
    ("Israeli tanks pushed back Hamas fighters in Khan Younis on Sunday .", [("ISR", "PSE", "19")], []),
    ("Ukraine pushed Russian troops back across the Dnipro .", [("UKR", "RUS", "190")], []),
    ("Russian troops were pushed back by Ukrainian forces near Kupiansk .", [("UKR", "RUS", "190")], []),
    ("Israeli troops repelled an attack by Hezbollah .", [("ISR", "LBN", "190")], []),
    ("The Ukrainian army repelled a Russian assault on Bakhmut .", [("UKR", "RUS", "190")], []),
    ("Russian forces seized the town of Avdiivka .", [("RUS", "UKR", "192")], []),
    ("Israeli troops took control of the Rafah crossing .", [("ISR", "PSE", "190")], []),
    ("Ukraine retook the village of Robotyne from Russian forces .", [("UKR", "RUS", "19")], []),
    ("Kenyan police pushed back protesters outside parliament .", [("KEN", "KEN", "175")], []),
    # controls: "push back" against words or a date is no force
    ("China pushed back against US criticism of its trade policy .", [], [("CHN", "USA", "19")]),
    ("Japan pushed back the deadline for talks with South Korea .", [], [("JPN", "KOR", "19")]),
    # travel advisories: 160 from the advising state toward the destination (rule 47a); a ministry of no named
    # country is no party (never a country guessed)
    ("The French foreign ministry advised against travel to Lebanon .", [("FRA", "LBN", "160")], []),
    ("Canada's foreign ministry advised against all travel to Haiti .", [("CAN", "HTI", "160")], []),
    (
        "Britain's Foreign Office warned against all but essential travel to Niger on Tuesday .",
        [("GBR", "NER", "160")],
        [],
    ),
    ("The State Department urged Americans to avoid travel to Venezuela .", [("USA", "VEN", "160")], []),
    ("Germany issued a travel warning for Israel .", [("DEU", "ISR", "160")], [("DEU", "ISR", "13")]),
    ("Italy raised its travel advisory for Lebanon to the highest level .", [("ITA", "LBN", "160")], []),
    ("Australia has issued a new travel advisory for Myanmar .", [("AUS", "MMR", "160")], []),
]

# sentences that must code no asserted event at all
NO_EVENT: list[str] = [
    "The foreign ministry advised against travel to Lebanon .",
    "Officials advised against travel to Lebanon , the spokesman said .",
    "Ukrainian troops took control of the village .",
    "Russian forces took control of the village of Urozhaine .",
    "Parliament pushed back the vote on the budget .",
    "Canada lifted its travel warning for Cuba .",
]

XFAIL: dict[str, str] = {
    "Mexico has rejected calls to join the sanctions against Moscow .": (
        "a refusal of calls to act: the act called for is not reached (no event)"
    ),
}


def _matches(event: Event, events: set[Event]) -> bool:
    s, t, code = event
    return any(s == es and t == et and (ec == code or (len(code) == 2 and ec[:2] == code)) for es, et, ec in events)


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), table_cases(ROWS, XFAIL))
def test_left3_row(nlp: Language, sentence: str, wanted: list[Event], unwanted: list[Event]) -> None:
    events = asserted(nlp, sentence)
    assert all(_matches(e, events) for e in wanted), events
    assert not any(_matches(e, events) for e in unwanted), events


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_left3_no_event(nlp: Language, sentence: str) -> None:
    assert asserted(nlp, sentence) == set()
