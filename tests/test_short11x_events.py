"""A people expelled, deported or driven out in thousands is CAMEO's mass expulsion (issue 14, session 33, branch
short11x; docs/events.md rule 307).

CAMEO 201 "Engage in mass expulsion" is the forced removal of large numbers of people. Before rule 307 it was read
from the noun "mass expulsion" alone: "expelled tens of thousands of Indians" coded the generic expulsion (166) and
"deported 250,000 Haitians" the deportation of individuals (174, kept), while "drove 100,000 ethnic Armenians out of
Karabakh" was no event ("drive out" was no trigger). Every sentence is our own invention in the style of 2025 wire
news, none copied from an evaluation set; the expected source, target and CAMEO code were chosen from the codebook
(/work/shared/data) before the coder ran; rows compare the pair and the code's root (``root_row_passes``).
Controls: a few hundred people expelled stay 174, diplomats expelled stay 161, troops driven out of a town are
fighting (190), not an expulsion. People of a class (refugees, migrants) and the verb "deport" keep 174 (or "forced
out" 166) whatever the count (``test_humanitarian1_events`` pins it): those rows of the table are strict xfails.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted, control_passes, root_row_passes, table_test

# (sentence, source, target, CAMEO code chosen beforehand)
SHORT11X_SENTENCES: list[tuple[str, str, str, str]] = [
    ("Pakistan expelled more than 80,000 Afghan refugees in March, the UN refugee agency said.", "PAK", "AFG", "201"),
    ("The Dominican Republic deported 250,000 Haitians last year, rights groups said.", "DOM", "HTI", "201"),
    ("Sudan's army drove thousands of South Sudanese out of Khartoum in January.", "SDN", "SSD", "201"),
    ("Algeria expelled tens of thousands of Malian migrants last year.", "DZA", "MLI", "201"),
    ("Iran has deported more than 500,000 Afghans since January, the UN said.", "IRN", "AFG", "201"),
    ("Ethiopian forces drove hundreds of thousands of Eritreans out of Tigray last year.", "ETH", "ERI", "201"),
    ("More than 10,000 Nigerians were deported from Niger in October.", "NER", "NGA", "201"),
    ("Saudi Arabia forced thousands of Ethiopian migrants out of the country in March.", "SAU", "ETH", "201"),
    # added after the first run (expectations written before the coder ran on them): a people by its name
    ("Equatorial Guinea expelled more than 5,000 Cameroonians in February.", "GNQ", "CMR", "201"),
    ("Israeli forces drove tens of thousands of Palestinians out of Jenin in February.", "ISR", "PSE", "201"),
    ("Angola expelled 12,000 Congolese last month, the UN said.", "AGO", "COD", "201"),
    # moved here from test_short11_events (rule 141's table)
    ("Azerbaijani forces drove more than 100,000 ethnic Armenians out of Karabakh last year.", "AZE", "ARM", "201"),
]

# (sentence, source, target, CAMEO root the pair must NOT have)
SHORT11X_CONTROLS: list[tuple[str, str, str, str]] = [
    ("Pakistan expelled 300 Afghan refugees on Monday.", "PAK", "AFG", "20"),
    ("Poland expelled two Russian diplomats on Friday.", "POL", "RUS", "20"),
    ("Ukrainian forces drove Russian troops out of Kupiansk in September.", "UKR", "RUS", "16"),
    ("Ukrainian forces drove Russian troops out of Kupiansk in September.", "UKR", "RUS", "20"),
    ("Kenya deported three Chinese nationals on Tuesday.", "KEN", "CHN", "20"),
]

# rows the change does not fix, each with why
_INDIVIDUALS_PINNED = (
    "rule 307 reads the count only for the generic expulsion (166) of a people: people of a class expelled, "
    "forced out or deported (refugees, migrants, the verb 'deport') are individuals (174, rule 140b; 'forced out' "
    "keeps 166), and test_humanitarian1_events pins that whatever the count ('Pakistan expelled thousands of "
    "Afghan refugees' 174, 'Russia deported thousands of Ukrainian children' 174); the expectation chosen "
    "beforehand is kept for the lead to decide"
)
XFAIL: dict[str, str] = {
    "Pakistan expelled more than 80,000 Afghan refugees in March, the UN refugee agency said.": _INDIVIDUALS_PINNED,
    "The Dominican Republic deported 250,000 Haitians last year, rights groups said.": _INDIVIDUALS_PINNED,
    "Algeria expelled tens of thousands of Malian migrants last year.": _INDIVIDUALS_PINNED,
    "Iran has deported more than 500,000 Afghans since January, the UN said.": _INDIVIDUALS_PINNED,
    "More than 10,000 Nigerians were deported from Niger in October.": _INDIVIDUALS_PINNED,
    "Saudi Arabia forced thousands of Ethiopian migrants out of the country in March.": _INDIVIDUALS_PINNED,
}


def _codes_its_event(nlp: Language, text: str, source: str, target: str, code: str) -> None:
    assert root_row_passes(asserted(nlp, text), source, target, code)


def _codes_no_such_event(nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert control_passes(asserted(nlp, text), source, target, root)


test_short11x_sentence_codes_its_event = table_test(SHORT11X_SENTENCES, _codes_its_event, XFAIL)
test_short11x_control_codes_no_such_event = table_test(SHORT11X_CONTROLS, _codes_no_such_event)


def test_small_expulsion_stays_individuals(rules_nlp: Language) -> None:
    assert ("PAK", "AFG", "174") in asserted(rules_nlp, "Pakistan expelled 300 Afghan refugees on Monday.")


def test_diplomats_expelled_stay_relations_reduced(rules_nlp: Language) -> None:
    assert ("POL", "RUS", "161") in asserted(rules_nlp, "Poland expelled two Russian diplomats on Friday.")


def test_troops_driven_out_are_fighting(rules_nlp: Language) -> None:
    found = asserted(rules_nlp, "Ukrainian forces drove Russian troops out of Kupiansk in September.")
    assert ("UKR", "RUS", "190") in found
