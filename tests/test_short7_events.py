"""A sixth table of invented sentences, in the style of short coder-validation sentences, for generalisation to
actor forms the earlier tables use less (issue 14, session 23; docs/events.md rule 129).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. Like the
one-event sentences of peer coders' validation suites ("Syrian rebels attacked government troops in Aleppo.") they
are 8-20 words with one event each, three rows per CAMEO root 01-20, but their actors take the forms the tables of
``test_short2_sentences``, ``test_short4_sentences``, ``test_short5_events`` and ``test_short6_events`` use less:
leaders named by full name with no title ("Recep Tayyip Erdogan"), ministries ("Iran's foreign ministry"),
militaries ("the Pakistani army"), rebels and insurgents of a named country ("Somali insurgents"), IGOs (UN, AU,
ASEAN, EU, NATO) and country names written in lower case ("india", "sri lanka"). The expected source, target, CAMEO
code and mode were chosen from the CAMEO code descriptions (/work/shared/data/cameo-eventcodes.tsv) before the
coder ran; the test compares the root, actors on their primary codes, and the mode.

First run on integ: 57 of 60 rows and both no-event sentences (no expectation revised). Rule 129a (a boundary
reached through the party it is shared with, "along the border with India") and rule 129b (the party helped,
made by the parser the subject of a bare infinitive: "helped Malaysia search") bring it to 59 of 60. Rows still
missed are in ``XFAIL`` with a one-line reason each.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, NEGATED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode)
SHORT7_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # 01 make public statement
    ("Iran's foreign ministry denied that Tehran had sent attack drones to Russia.", "IRN", "RUS", "016", ASSERTED),
    ("Olaf Scholz declined to comment on the Polish demand for war reparations.", "DEU", "POL", "011", ASSERTED),
    ("The Pakistani army expressed optimism about its talks with india.", "PAK", "IND", "013", ASSERTED),
    # 02 appeal
    ("Recep Tayyip Erdogan urged Sweden to crack down on Kurdish militants.", "TUR", "SWE", "020", ASSERTED),
    ("The African Union called on the Sudanese army to agree a ceasefire.", "IGO", "SDN", "027", ASSERTED),
    ("Ukraine's foreign ministry asked the EU for more air defence systems.", "UKR", "IGO", "021", ASSERTED),
    # 03 express intent to cooperate
    ("Emmanuel Macron promised more military aid to Ukraine.", "FRA", "UKR", "033", ASSERTED),
    ("The Indonesian navy offered to help Malaysia search for the missing aircraft.", "IDN", "MYS", "033", ASSERTED),
    ("The EU pledged to provide humanitarian aid to afghanistan.", "IGO", "AFG", "033", ASSERTED),
    # 04 consult
    ("Xi Jinping met Vladimir Putin in Moscow.", "CHN", "RUS", "040", ASSERTED),
    ("Narendra Modi visited the United Arab Emirates.", "IND", "ARE", "042", ASSERTED),
    ("NATO hosted a delegation from finland in Brussels.", "IGO", "FIN", "043", ASSERTED),
    # 05 engage in diplomatic cooperation
    ("Joe Biden praised Japan for its support of Ukraine.", "USA", "JPN", "051", ASSERTED),
    (
        "Vietnam's foreign ministry signed an agreement with Australia on maritime cooperation.",
        "VNM",
        "AUS",
        "057",
        ASSERTED,
    ),
    ("Cyril Ramaphosa defended Russia against Western criticism.", "ZAF", "RUS", "052", ASSERTED),
    # 06 engage in material cooperation
    ("The Turkish army shared intelligence with Azerbaijani forces.", "TUR", "AZE", "064", ASSERTED),
    ("The Indian navy held joint exercises with the French navy.", "IND", "FRA", "062", ASSERTED),
    ("Saudi Arabia's interior ministry extradited two suspects to Egypt.", "SAU", "EGY", "063", ASSERTED),
    # 07 provide aid
    ("The UN sent food aid to Gaza.", "IGO", "PSE", "073", ASSERTED),
    ("Germany's defence ministry delivered tanks to Ukraine.", "DEU", "UKR", "072", ASSERTED),
    ("Japan gave economic aid to sri lanka.", "JPN", "LKA", "071", ASSERTED),
    # 08 yield
    ("The Malian army released forty Ivorian soldiers.", "MLI", "CIV", "084", ASSERTED),
    ("The Israeli army withdrew from southern Lebanon.", "ISR", "LBN", "087", ASSERTED),
    ("Iran's foreign ministry allowed UN inspectors to visit its nuclear sites.", "IRN", "IGO", "086", ASSERTED),
    # 09 investigate
    ("The UN investigated alleged war crimes by Ethiopian troops.", "IGO", "ETH", "094", ASSERTED),
    ("The EU opened an investigation into Chinese electric car subsidies.", "IGO", "CHN", "090", ASSERTED),
    (
        "Brazil's foreign ministry investigated reports that Venezuelan troops had crossed the border.",
        "BRA",
        "VEN",
        "093",
        ASSERTED,
    ),
    # 10 demand
    ("Volodymyr Zelensky demanded that Russia withdraw its troops from Ukraine.", "UKR", "RUS", "106", ASSERTED),
    ("The Azerbaijani army demanded that Armenian forces leave the region.", "AZE", "ARM", "106", ASSERTED),
    ("NATO demanded that belarus release political prisoners.", "IGO", "BLR", "100", ASSERTED),
    # 11 disapprove
    ("Recep Tayyip Erdogan criticized Israel over its military operation in Gaza.", "TUR", "ISR", "111", ASSERTED),
    (
        "China's foreign ministry accused the United States of interfering in its affairs.",
        "CHN",
        "USA",
        "112",
        ASSERTED,
    ),
    ("india did not condemn Russia's invasion of Ukraine.", "IND", "RUS", "111", NEGATED),
    # 12 reject
    ("Nicolas Maduro rejected the UN proposal for new elections.", "VEN", "IGO", "120", ASSERTED),
    ("Israel's foreign ministry rejected a French call for a ceasefire.", "ISR", "FRA", "120", ASSERTED),
    ("Kim Jong Un rejected South Korea's offer of talks.", "PRK", "KOR", "125", ASSERTED),
    # 13 threaten
    ("The North Korean army threatened to strike American bases in Guam.", "PRK", "USA", "138", ASSERTED),
    ("Vladimir Putin threatened to cut gas supplies to Moldova.", "RUS", "MDA", "131", ASSERTED),
    ("The EU threatened sanctions against Iran over its drone exports.", "IGO", "IRN", "131", ASSERTED),
    # 14 protest
    ("Armenian protesters demonstrated outside the Azerbaijani embassy in Paris.", "ARM", "AZE", "141", ASSERTED),
    (
        "Filipino fishermen protested against Chinese coast guard actions in the South China Sea.",
        "PHL",
        "CHN",
        "141",
        ASSERTED,
    ),
    ("Polish farmers blocked the border with ukraine in protest against grain imports.", "POL", "UKR", "144", ASSERTED),
    # 15 exhibit force posture
    ("The Chinese army held military drills near taiwan.", "CHN", "TWN", "150", ASSERTED),
    ("Pakistan's army put its forces on high alert along the border with India.", "PAK", "IND", "151", ASSERTED),
    ("The Russian army massed troops near the Ukrainian border.", "RUS", "UKR", "152", ASSERTED),
    # 16 reduce relations
    ("Niger's military government expelled the French ambassador.", "NER", "FRA", "166", ASSERTED),
    ("The EU suspended aid to Mali after the coup.", "IGO", "MLI", "162", ASSERTED),
    ("Gustavo Petro cut diplomatic ties with Israel.", "COL", "ISR", "161", ASSERTED),
    # 17 coerce
    ("Iranian forces seized a British-flagged oil tanker in the Gulf.", "IRN", "GBR", "171", ASSERTED),
    ("The Russian army detained three Ukrainian journalists.", "RUS", "UKR", "173", ASSERTED),
    ("Hungarian police deported hundreds of Afghan migrants.", "HUN", "AFG", "174", ASSERTED),
    # 18 assault
    ("Nigerian insurgents abducted forty Cameroonian villagers.", "NGA", "CMR", "181", ASSERTED),
    ("Syrian rebels carried out a suicide bombing against Russian troops.", "SYR", "RUS", "183", ASSERTED),
    ("Colombian guerrillas kidnapped two Venezuelan soldiers.", "COL", "VEN", "181", ASSERTED),
    # 19 fight
    ("The Pakistani army shelled Afghan border posts.", "PAK", "AFG", "194", ASSERTED),
    ("Somali insurgents attacked AU peacekeepers in Mogadishu.", "SOM", "IGO", "190", ASSERTED),
    ("NATO warplanes bombed Libyan government forces.", "IGO", "LBY", "195", ASSERTED),
    # 20 use unconventional mass violence
    ("Saddam Hussein used chemical weapons against the Kurds.", "IRQ", "KUR", "204", ASSERTED),
    ("The Russian army carried out mass killings of Ukrainian civilians in Bucha.", "RUS", "UKR", "202", ASSERTED),
    ("Serbian forces committed ethnic cleansing against Bosnian Muslims.", "SRB", "BIH", "203", ASSERTED),
]

# sentences with no event between two parties
SHORT7_NO_EVENT: list[str] = [
    "The Pakistani army said its new chief would take office next month.",
    "Iran's foreign ministry said the weather delayed the minister's flight.",
]

# rows the coder still misses, each with why it is left (docs/events.md rule 129); the investigated report's row
# passes since rule 134c (the that-clause's subject is the investigated party)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT7_SENTENCES, XFAIL))
def test_short7_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


@pytest.mark.parametrize("text", SHORT7_NO_EVENT)
def test_short7_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT7_SENTENCES}


def test_table_covers_every_root_three_times() -> None:
    per_root: dict[str, int] = {}
    for *_, code, _ in SHORT7_SENTENCES:
        per_root[code[:2]] = per_root.get(code[:2], 0) + 1
    assert per_root == {f"{n:02d}": 3 for n in range(1, 21)}


# -- rule 129a: a shared boundary's "with" party is reached where a possessor of the boundary would be ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan's army put its forces on high alert along the border with India.", ("PAK", "IND", "15", ASSERTED)),
        ("Pakistan's army put its forces on high alert along India's border.", ("PAK", "IND", "15", ASSERTED)),
        ("Finland closed its border with Russia.", ("FIN", "RUS", "17", ASSERTED)),
    ],
)
def test_rule129_shared_boundary_party(rules_nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert expected in found


def test_rule129_boundary_without_party_names_none(rules_nlp: Language) -> None:
    # a border shared with no named party gives no target, so no event
    assert events_of(rules_nlp, "Pakistan's army put its forces on high alert along the border.") == set()


# -- rule 129b: the party a helping verb helps to do something, parsed as the subject of a bare infinitive -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesia helped Malaysia search for the aircraft.", ("IDN", "MYS", "07", ASSERTED)),
        (
            "The Indonesian navy offered to help Malaysia search for the missing aircraft.",
            ("IDN", "MYS", "03", ASSERTED),
        ),
        ("Indonesia offered to help Malaysia.", ("IDN", "MYS", "03", ASSERTED)),
    ],
)
def test_rule129_party_helped(rules_nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert expected in found


def test_rule129_help_without_party_names_none(rules_nlp: Language) -> None:
    assert events_of(rules_nlp, "Indonesia helped search for the aircraft.") == set()
