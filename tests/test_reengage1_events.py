"""Relations restored, re-established or normalized, and a party re-engaged (issue 14, session 35, branch
reengage1; docs/events.md rule 360).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
Relations or ties restored, resumed, normalized or (re)established are diplomatic cooperation (050), as the lexicon
already reads "restore relation", "resume tie", "establish relation"; "reestablish" (also spelled "re-establish",
which ``pipeline.make_doc`` merges, rule 358) and "reengage" ("re-engage") read as "establish" and "engage" do.
Controls: things other than relations restored or resumed code nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


REENGAGE1_SENTENCES: list[tuple[str, Events]] = [
    ("Morocco and Algeria re-established diplomatic relations on Tuesday.", both("MAR", "DZA", "050")),
    ("Bahrain reestablished ties with Qatar after a decade.", {("BHR", "QAT", "050")}),
    ("Sudan re-established relations with Iran in 2025.", {("SDN", "IRN", "050")}),
    ("Kenya and Somalia restored diplomatic ties.", both("KEN", "SOM", "050")),
    ("Chile resumed diplomatic relations with Venezuela.", {("CHL", "VEN", "050")}),
    ("Armenia normalized relations with Turkey in June.", {("ARM", "TUR", "050")}),
    ("The United States re-engaged with Havana on migration.", {("USA", "CUB", "050")}),
    ("Japan reengaged with North Korea over the abductions.", {("JPN", "PRK", "050")}),
    ("Ethiopia re-engaged in talks with Egypt on the dam.", both("ETH", "EGY", "040")),
    ("Canada and India restored ties in 2025.", both("CAN", "IND", "050")),
]

XFAIL: dict[str, str] = {
    "Sudan re-established relations with Iran in 2025.": (
        "a clause ending in 'in 2025' codes nothing for any verb ('expelled two US diplomats in 2025' too; 'in 2024'"
        " codes): not this construction"
    ),
    "Canada and India restored ties in 2025.": (
        "a clause ending in 'in 2025' codes nothing for any verb ('restored ties in 2024' codes 050 both ways)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(REENGAGE1_SENTENCES, XFAIL))
def test_reengage1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a thing other than relations restored or resumed codes nothing --

REENGAGE1_CONTROLS: list[tuple[str, Events]] = [
    ("Ukrenergo restored power to Kharkiv on Monday.", set()),
    ("Norway resumed its role as a mediator.", set()),
    ("The ministry re-established its website after the attack.", set()),
    ("Police re-engaged the suspect near the station.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REENGAGE1_CONTROLS)
def test_reengage1_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
