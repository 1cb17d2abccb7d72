"""A cooperative act reduced in a passive with no agent (issue 14, session 16; docs/events.md rule 55).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed class
was coded as the cooperative act asserted (070, 040 ...) before rule 55; the neighbours pin readings that must not
move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, coded

# -- 55: a cooperative act reduced in a passive with no agent reads as its active (fixed) -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US aid to Egypt was suspended .", {("USA", "EGY", "162")}),
        # rule 170: codebook 1622 / 1621, military / economic assistance stopped (was 162)
        ("American military aid to Egypt was halted .", {("USA", "EGY", "1622")}),
        ("Egypt's aid to Sudan was cut last year .", {("EGY", "SDN", "162")}),
        ("German economic assistance to Ukraine was suspended .", {("DEU", "UKR", "1621")}),
        ("US aid to Egypt has been cancelled .", {("USA", "EGY", "162")}),
        ("US talks with Iran were suspended .", {("USA", "IRN", "164")}),
        ("France's military cooperation with Mali was suspended .", {("FRA", "MLI", "160")}),
    ],
)
def test_reduced_act_in_an_agentless_passive_reads_as_its_active(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the act asserted (070 / 071 / 040 / 062)


@pytest.mark.parametrize(
    ("passive", "active"),
    [
        ("US aid to Egypt was suspended .", "The United States suspended aid to Egypt ."),
        ("US talks with Iran were suspended .", "The United States suspended talks with Iran ."),
        ("US aid to Egypt will be suspended .", "The United States will suspend aid to Egypt ."),
    ],
)
def test_passive_and_active_agree(rules_nlp: Language, passive: str, active: str) -> None:
    assert asserted(rules_nlp, passive) == asserted(rules_nlp, active)


@pytest.mark.parametrize(
    "text",
    [
        "Aid to Egypt was suspended .",
        "Military cooperation with Russia was halted .",
        "Talks with Iran were suspended .",
    ],
)
def test_no_owner_named_gives_no_invented_source(rules_nlp: Language, text: str) -> None:
    assert coded(rules_nlp, text)[1] == set()  # an agentless passive names no source: no event, as before


def test_negated_passive_is_a_negated_reduction(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "US aid to Egypt was not suspended .", published="2024-05-01"))
    events = [(e["cameo"], e["negated"]) for e in doc._.events or []]
    assert events == [("162", True)]  # before: a negated 070, the aid


# -- neighbours that must not change --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States suspended aid to Egypt .", {("USA", "EGY", "162")}),
        ("US aid to Egypt was increased .", {("USA", "EGY", "070")}),
        ("US aid to Egypt was delivered .", {("USA", "EGY", "070")}),
        ("US aid to Egypt was resumed .", {("USA", "EGY", "070")}),
        # rule 54a, the sibling: the `reduce` wrapper on a sanction still eases it
        ("EU sanctions on Russia were suspended .", {("IGO", "RUS", "085")}),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
