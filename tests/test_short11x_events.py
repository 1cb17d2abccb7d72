"""A people expelled, deported or driven out in thousands is CAMEO's mass expulsion (issue 14, session 33, branch
short11x; docs/events.md rule 307).

CAMEO 201 "Engage in mass expulsion" is the forced removal of large numbers of people. Before rule 307 it was read
from the noun "mass expulsion" alone: "expelled tens of thousands of Indians" coded the generic expulsion (166) and
"deported 250,000 Haitians" the deportation of individuals (174), while "drove 100,000 ethnic Armenians out of
Karabakh" was no event ("drive out" was no trigger). Every sentence is our own invention in the style of 2025 wire
news, none copied from an evaluation set; the expected source, target and CAMEO code were chosen from the codebook
(/work/shared/data) before the coder ran; rows compare the pair and the code's root (``root_row_passes``).
Controls: a few hundred people expelled stay 174, diplomats expelled stay 161, troops driven out of a town are
fighting (190), not an expulsion.
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
XFAIL: dict[str, str] = {}


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
