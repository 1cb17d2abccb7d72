"""What a party is told it ought to accept about its own future is not its act (issue 14, session 18; docs/events.md
rule 72).

Each sentence is our own construction, none copied from an evaluation set. The real spaCy model, ``actor_resolver``
and ``event_coder`` run with the learned layer off. Once rule 70d made "join" an accession trigger, "Y should
concede that it won't join NATO" came out as Y's asserted refusal (120): the refusal is what someone says Y ought to
accept, not anything Y said. The neighbours pin what must not move: a past act in such a clause, a plain refusal, a
party's own statement, and a clause whose subject is another party.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine should concede that it won't join NATO .",
        "The minister said Georgia must accept that it will never join the EU .",
        "Israel should accept that it will withdraw its troops from Lebanon .",
    ],
)
def test_owed_future_clause_is_not_asserted(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia must admit that it attacked Ukraine .", ("RUS", "UKR", "19")),  # told as done
        ("Ukraine will not join NATO .", ("UKR", "IGO", "12")),  # the party's own refusal
        ("Ukraine says it will not join NATO .", ("UKR", "IGO", "12")),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    source, target, root = expected
    assert any(s == source and t == target and code.startswith(root) for s, t, code in asserted(rules_nlp, text))
