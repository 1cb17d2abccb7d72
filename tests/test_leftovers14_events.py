"""A denied claim's that-clause in 2025 wire style (issue 14, session 30, branch leftovers14; docs/events.md rule 250).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A denial verb
whose object is a claim noun with a that-clause of the denier's own done act ("denied reports that it had sent
troops to Y") is CAMEO 016 "deny responsibility" toward whom the act was aimed at, as "denied that it had sent
troops to Y" is (rule 139b); the act itself is not asserted. Controls: a claim with no clause, a claim about a
third party's act, a that-clause on the verb itself, a named accuser. ``XFAIL`` keeps the rows not fixed, each
with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS14_SENTENCES: list[tuple[str, Events]] = [
    # denied reports / claims / allegations that it had done X to Y: 016 toward Y
    ("Egypt denied reports that it had sent troops to Sudan.", {("EGY", "SDN", "016")}),
    ("Russia denied claims that it had attacked Ukrainian ports.", {("RUS", "UKR", "016")}),
    ("Iran denied reports that it had supplied drones to Russia.", {("IRN", "RUS", "016")}),
    ("Turkey denied allegations that its jets had bombed Kurdish villages in Syria.", {("TUR", "SYR", "016")}),
    ("Pakistan denied reports that it had shot down an Indian drone.", {("PAK", "IND", "016")}),
    ("Belarus denied claims that its helicopters had violated Polish airspace.", {("BLR", "POL", "016")}),
    # rejected / dismissed accusations that it had done X to Y (the codebook's reject accusation: 016)
    ("Iran rejected accusations that it had supplied missiles to the Houthis.", {("IRN", "YEM", "016")}),
    ("China dismissed allegations that it had sent weapons to Russia.", {("CHN", "RUS", "016")}),
    # controls: the that-clause on the verb itself (rule 139b)
    ("Egypt denied that it had sent troops to Sudan.", {("EGY", "SDN", "016")}),
    ("Russia denied that its drones had entered Romanian airspace.", {("RUS", "ROU", "016")}),
    # controls: a claim with no clause, a claim about another party's act, a named accuser
    ("Iran denied the reports.", set()),
    ("Qatar denied reports that Hamas leaders had left Doha.", set()),
    ("Turkey denied the allegations by Greece.", {("TUR", "GRC", "016")}),
    # control: a plain act, no claim, asserted
    ("Russia expelled the Estonian ambassador.", {("RUS", "EST", "161")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS14_SENTENCES, XFAIL))
def test_leftovers14_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in LEFTOVERS14_SENTENCES}
