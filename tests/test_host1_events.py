"""The host of talks between two other parties (issue 14, session 20; docs/events.md rule 93).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 93
"X hosted talks between A and B" coded only A and B's talks; the host, a third party bringing them together, now
has CAMEO 045 (mediate) toward each side, and the two sides' own event stays as it was.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("Qatar hosted talks between the United States and Iran .", "QAT", ("USA", "IRN")),
        ("Oman hosted peace talks between Saudi Arabia and Yemen last week .", "OMN", ("SAU", "YEM")),
        (
            "Talks between Armenia and Azerbaijan in Russia's capital , hosted by Russia , ended on Friday .",
            "RUS",
            ("ARM", "AZE"),
        ),
    ],
)
def test_host_of_talks_between_two_mediates_toward_each(
    rules_nlp: Language, text: str, host: str, sides: tuple[str, str]
) -> None:
    events = asserted(rules_nlp, text)
    a, b = sides
    assert {(host, a, "045"), (host, b, "045")} <= events  # before: nothing for the host
    assert {(s, t) for s, t, c in events if c.startswith("04") and host not in (s, t)} == {(a, b), (b, a)}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar hosted the summit .",  # no "between" pair: no event, as before
        "Qatar hosted the Iranian president .",  # a visitor's host: 043, as before
        "France hosted a meeting with Germany .",  # a meeting with the host itself, not between two others
    ],
)
def test_hosting_without_a_between_pair_does_not_mediate(rules_nlp: Language, text: str) -> None:
    assert not any(c == "045" for _, _, c in asserted(rules_nlp, text))


def test_visitor_host_keeps_043(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Qatar hosted the Iranian president .") == {("QAT", "IRN", "043")}


def test_broker_of_talks_is_unchanged(rules_nlp: Language) -> None:
    # rule 77h already gives a broker its 045 toward each side
    assert {("EGY", "ISR", "045"), ("EGY", "PSE", "045")} <= asserted(
        rules_nlp, "Egypt brokered talks between Israel and Hamas ."
    )
