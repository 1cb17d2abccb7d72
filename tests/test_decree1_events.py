"""Decrees, executive orders, laws and bills a leader signs, issues or vetoes, in 2025 wire style (issue 14,
session 28, branch decree1; docs/events.md rule 206).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A text a leader
signs or issues says what the leader's government does (rule 202 made "order" and "directive" message nouns beside
"decree", "law" and "bill"): "signed a decree lifting sanctions on Y" is the lifting, 085 toward Y, as "lifted
sanctions on Y" is; "signed a directive calling for new sanctions on Y" is the government's own sanctions, 163,
not a call on others (rule 76c's 111). The signing itself codes nothing: a decree, law or order is no agreement
with anyone, and "signed" is no support of the measure it carries. Controls: a decree on the budget, a law to
fund schools, an order on a domestic matter code nothing. ``XFAIL`` keeps the rows the change does not fix, each
with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


DECREE1_SENTENCES: list[tuple[str, Events]] = [
    # lifting sanctions or an embargo: 085
    ("Putin signed a decree lifting sanctions on Syria.", {("RUS", "SYR", "085")}),
    ("Trump signed an executive order lifting sanctions on Syria.", {("USA", "SYR", "085")}),
    ("Erdogan issued a decree lifting the embargo on Armenia.", {("TUR", "ARM", "085")}),
    ("Putin signed a decree to lift sanctions on Syria.", {("RUS", "SYR", "085")}),
    ("Putin issued a decree lifting sanctions on Syria.", {("RUS", "SYR", "085")}),
    ("Trump signed an executive order lifting tariffs on Mexico.", {("USA", "MEX", "085")}),
    # imposing sanctions, tariffs, bans: 163
    ("Trump signed an executive order imposing tariffs on Canada.", {("USA", "CAN", "163")}),
    ("Trump signed an executive order to impose tariffs on Canada.", {("USA", "CAN", "163")}),
    ("Erdogan signed a decree imposing sanctions on Israel.", {("TUR", "ISR", "163")}),
    ("Trump signed a bill imposing sanctions on Iran.", {("USA", "IRN", "163")}),
    ("Lula signed a law imposing reciprocal tariffs on the United States.", {("BRA", "USA", "163")}),
    ("Putin signed a decree banning imports from Moldova.", {("RUS", "MDA", "163")}),
    ("Putin issued a decree banning imports from Moldova.", {("RUS", "MDA", "163")}),
    ("Biden signed a law to ban imports from Russia.", {("USA", "RUS", "163")}),
    ("Biden signed a directive calling for new sanctions on Russia.", {("USA", "RUS", "163")}),
    ("Zelensky signed a decree imposing sanctions on Belarus.", {("UKR", "BLR", "163")}),
    ("Erdogan signed a decree suspending trade with Israel.", {("TUR", "ISR", "163")}),
    # recognition: 054
    ("Macron signed a decree recognizing the State of Palestine.", {("FRA", "PSE", "054")}),
    # suspending a treaty or an agreement: 16
    ("Putin signed a decree suspending the treaty with the United States.", {("RUS", "USA", "160")}),
    ("Lukashenko issued a decree suspending the agreement with Poland.", {("BLR", "POL", "160")}),
    # a veto of a text that eases sanctions: a veto, 129 (rule 207e: CAMEO's own code for the act, as "vetoed the
    # aid package" is 129, not 1222)
    ("Trump vetoed a bill lifting sanctions on Cuba.", {("USA", "CUB", "129")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(DECREE1_SENTENCES, XFAIL))
def test_decree1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a decree, law or order on a domestic matter codes nothing; the signing itself is no event ----------

DECREE1_CONTROLS: list[tuple[str, Events]] = [
    ("Putin signed a decree on the budget.", set()),
    ("Macron signed a law to fund schools.", set()),
    ("Trump signed an executive order on artificial intelligence.", set()),
    ("Erdogan issued a decree appointing a new central bank governor.", set()),
    ("Putin signed a decree lifting restrictions on fishing.", set()),
    ("Putin signed a decree on Syria.", set()),
    ("Trump signed a law on Ukraine aid.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DECREE1_CONTROLS)
def test_decree1_control_codes_no_event(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
