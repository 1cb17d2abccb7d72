"""Examples named by "such as": the members of the noun they follow are its parties (issue 14, session 17;
docs/events.md rule 64).

Each sentence is our own construction, none copied from the seeds, ConfliBERT, PLOVER or any evaluation set. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before
rule 64, "countries like Y" named Y as a party but "countries such as Y" did not (the parser hangs "as" on the
noun and "such" on "as"), and an example phrase set off after a relative clause, hung on the clause's last
(named) noun, was lost; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Countries such as Poland have criticized Russia .", {("POL", "RUS", "111")}),
        ("Leaders such as the French President Jean Martin have expressed anger at Russia .", {("FRA", "RUS", "110")}),
        (
            "Russia imposed sanctions on countries such as Poland and Lithuania .",
            {("RUS", "POL", "163"), ("RUS", "LTU", "163")},
        ),
    ],
)
def test_such_as_names_the_parties(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event (no source, or no target)


def test_like_is_unchanged(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Countries like Poland have criticized Russia .") == {("POL", "RUS", "111")}


def test_example_after_a_relative_clause_names_its_antecedent(rules_nlp: Language) -> None:
    text = "Leaders who visited Russia , such as the French President , praised Russia ."
    # before: no event (no source); the clause's own visit is the same actor's act, reported too (rule 65)
    assert asserted(rules_nlp, text) == {("FRA", "RUS", "051"), ("FRA", "RUS", "042")}


def test_example_of_a_common_noun_inside_the_clause_stays_there(rules_nlp: Language) -> None:
    # "such as Russia" exemplifies "countries" inside the clause, not the leaders: no source for "praised"
    text = "Leaders who visited countries such as Russia praised Poland ."
    assert not any(s == "RUS" for s, _, _ in asserted(rules_nlp, text))


def test_without_an_example_no_party(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Some countries have criticized Russia .") == set()
