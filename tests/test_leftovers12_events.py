"""Two of session 30's strict xfails with a general cause (issue 14, session 30, branch leftovers12; docs/events.md
rule 243).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).

(a) A meeting's place: the "in" phrase of a meeting noun (a noun coded 04: talks, negotiations, a summit) is where
the meeting is held, not a party the act inside the meeting's phrases is toward. "Ukraine walked out of talks with
Russia in Istanbul" is UKR -> RUS 143 only (before: UKR -> TUR 143 beside it). Controls: "held talks with Y in Oman"
stays 044 both ways, "aid to refugees in Syria" keeps Syria (no meeting noun).

(b) A passive's "by" agent hung on the verb's object predicate after the predicate's own words: "the ambassador of
France was declared persona non grata by Niger" NER -> FRA 161 (before: no event; rule 184c read only a "by" right
after the predicate's head word, "held hostage by Hamas"). ``XFAIL`` keeps the rows the change does not fix, each
with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS12_SENTENCES: list[tuple[str, Events]] = [
    # (a) a meeting's "in" place is no party
    ("Pakistan walked out of talks with India in Geneva.", {("PAK", "IND", "143")}),
    ("Armenia walked out of the negotiations with Azerbaijan in Brussels on Friday.", {("ARM", "AZE", "143")}),
    ("Serbia walked out of the EU-mediated talks with Kosovo in Brussels.", {("SRB", "XKX", "143")}),
    ("Serbia walked out of the talks with Kosovo in Brussels.", {("SRB", "XKX", "143")}),
    ("Ethiopia walked out of the talks with Egypt in Washington over the dam.", {("ETH", "EGY", "143")}),
    ("The Israeli delegation stormed out of the talks with Hamas in Cairo.", {("ISR", "PSE", "143")}),
    ("Ukraine walked out of talks with Russia in Istanbul.", {("UKR", "RUS", "143")}),
    ("Ukraine walked out of the talks in Istanbul.", set()),
    # controls: a meeting held in a third country; an "in" place with no meeting noun
    ("Iran held talks with the United States in Oman.", both("IRN", "USA", "044")),
    ("Turkey sent aid to refugees in Syria.", {("TUR", "SYR", "070")}),
    ("Iran walked out of the talks with the United States.", {("IRN", "USA", "143")}),
    # an agent noun is no meeting: its "in" place is the party (the lead's merge: sweep1's pinned row kept)
    ("Qatar served as a mediator in Sudan.", {("QAT", "SDN", "045")}),
    # (b) the passive's "by" after the predicate's own words
    ("The ambassador of France was declared persona non grata by Niger.", {("NER", "FRA", "161")}),
    ("Two Russian diplomats were declared persona non grata by Estonia.", {("EST", "RUS", "161")}),
    ("Three Polish diplomats were declared persona non grata by Belarus.", {("BLR", "POL", "161")}),
    ("Two Thai farmers were held hostage in Gaza by Hamas.", {("PSE", "THA", "181")}),
    # controls: the active; a "by" right after the predicate; a "by" agent on the verb
    ("Mali declared the French ambassador persona non grata.", {("MLI", "FRA", "161")}),
    ("Two Kenyan teachers were held hostage by al Shabaab.", {("SOM", "KEN", "181")}),
    ("The Swedish ambassador was declared persona non grata on Monday by Iraq.", {("IRQ", "SWE", "161")}),
]

# "Serbia walked out of the EU-mediated talks with Kosovo in Brussels." passes since rule 253f (session 31, talks3)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS12_SENTENCES, XFAIL))
def test_leftovers12_sentence(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in LEFTOVERS12_SENTENCES}
