"""A rejected wish or option noun whose "of" phrase is a mediation by a third party (issue 14, session 32, branch
leftovers30; docs/events.md rule 286).

Each sentence is our own, in the style of 2025 wire copy, none copied from an evaluation set. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). "X rejected the idea of
mediation by Y in its dispute with Z" refuses Y's mediation: 126 aimed at Y, the mediation's "by" agent, as the bare
"X rejected mediation by Y in its dispute with Z" already is (rule 98c), not at Z, the dispute's other party.
Controls: the bare rejection, a wish noun naming no "by" agent, and a wish noun not rejected. The table was written,
codes included, before the change was run on it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

LEFTOVERS30_SENTENCES: list[tuple[str, Events]] = [
    # a wish / option noun over a mediation with a "by" agent: the agent is refused (126)
    ("Armenia dismissed the idea of mediation by France in its dispute with Azerbaijan.", {("ARM", "FRA", "126")}),
    (
        "Venezuela rejected the possibility of mediation by Colombia in its border dispute with Guyana.",
        {("VEN", "COL", "126")},
    ),
    ("Somalia dismissed the prospect of mediation by Turkey in its quarrel with Ethiopia.", {("SOM", "TUR", "126")}),
]

LEFTOVERS30_CONTROLS: list[tuple[str, Events]] = [
    # the bare rejected mediation with a "by" agent: already the agent (rule 98c)
    ("Armenia rejected mediation by France in its dispute with Azerbaijan.", {("ARM", "FRA", "126")}),
    # a wish noun over a mediation with no dispute phrase
    ("Venezuela rejected the idea of mediation by Brazil.", {("VEN", "BRA", "126")}),
    # a wish / option noun over talks with a partner: the partner (125)
    ("Modi rejected the possibility of talks with Pakistan.", {("IND", "PAK", "125")}),
    ("The Kremlin dismissed the idea of negotiations with Ukraine.", {("RUS", "UKR", "125")}),
    # a wish noun not rejected keeps its intent (rule 65)
    ("Japan floated the idea of talks with North Korea.", {("JPN", "PRK", "036")}),
    # a rejected comment on a visit by a third party: rule 98c as before
    ("China condemned the visit to Taiwan by American lawmakers.", {("CHN", "USA", "111")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS30_SENTENCES + LEFTOVERS30_CONTROLS, XFAIL))
def test_leftovers30_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in LEFTOVERS30_SENTENCES + LEFTOVERS30_CONTROLS}
