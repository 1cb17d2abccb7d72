"""Reported accusations in our labelled sets (issue 14, session 20, branch allege1; docs/events.md rule 83).

Rule 83a is a measured "no change" of rule 75a: the tabulation (BENCHMARKS.md "Issue 14, session 20, allege1") found
one labelled sentence where a third party's allegation verb frames another party's act. What the labelled sets do
show more often is pinned here: an act only called "alleged" or done "allegedly" is not asserted (the seeds, PLOVER
dev and ConfliBERT train gold code no such act; rule 83b makes both hypothetical), "X accused Y of <act>" is X's
accusation of Y alone (ConfliBERT train: accuser -> accused, verbal conflict), and a sentence-final neutral speaker
("..., a monitor said") leaves the act asserted (PLOVER dev and ConfliBERT train gold code the reported act).

Each sentence is our own construction, none copied from an evaluation set. The real spaCy model, ``actor_resolver``
and ``event_coder`` run with the learned layer off (``rules_nlp``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Investigators in Kyiv examined alleged Russian attacks on Ukrainian ports.", ("RUS", "UKR")),
        ("The commission will study alleged Syrian shelling of Turkish villages.", ("SYR", "TUR")),
        ("Lawyers in Paris described the alleged Iranian attack on Israeli ships.", ("IRN", "ISR")),
    ],
)
def test_an_act_only_called_alleged_is_not_asserted(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert not {e for e in asserted(rules_nlp, text) if e[:2] == pair}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia allegedly shelled Kyiv on Monday.", ("RUS", "UKR")),
        ("Syrian troops allegedly attacked Turkish border posts.", ("SYR", "TUR")),
        ("Iran purportedly sent weapons to Hezbollah.", ("IRN", "LBN")),
    ],
)
def test_an_act_done_allegedly_is_not_asserted(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert not {e for e in asserted(rules_nlp, text) if e[:2] == pair}  # before: asserted (194, 190, 072)
    plain = text.replace(" allegedly", "").replace(" purportedly", "")
    assert {e for e in asserted(rules_nlp, plain) if e[:2] == pair}  # the same act stated plainly stays asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amnesty International accused the Nigerian army of killing civilians in Zaria.",
            {("NGO", "NGA", "1123")},  # rule 165: codebook 1123 "Accuse of aggression" (was 112)
        ),
        (
            "France accused Russia of shelling Ukrainian towns.",
            {("FRA", "RUS", "1123")},
        ),  # rule 165: codebook 1123 "Accuse of aggression" (was 112)
        (
            "Turkey accused Syria of bombing Iraqi villages.",
            {("TUR", "SYR", "1123")},
        ),  # rule 165: codebook 1123 "Accuse of aggression" (was 112)
    ],
)
def test_accused_of_an_act_is_the_accusation_alone(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Russian forces shelled Ukrainian positions near Kharkiv, a monitoring group said on Sunday.", "RUS"),
        ("Syrian troops shelled Turkish border posts, a local official reported on Monday.", "SYR"),
    ],
)
def test_a_final_neutral_speaker_leaves_the_act_asserted(rules_nlp: Language, text: str, act: str) -> None:
    assert any(s == act and c.startswith(("19", "18")) for s, _, c in asserted(rules_nlp, text))
