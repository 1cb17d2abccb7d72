"""A third party's mediation of two others' meeting, in its other shapes (issue 14, session 21; docs/events.md rule 94).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Rule 93 gave the
host of "talks between A and B" CAMEO 045 toward each side; rule 94 reads the same act when the host or mediator is
a participle, a clause hung on another verb, or a "mediation" phrase, and keeps the two sides' own talks (040 each
way) when a broker's or mediator's verb governs them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import assert_mediated, asserted, table_test

MEDIATED = [
    # the host hung on another verb or as a participle with its own "between" pair (rule 93 read neither)
    ("Talks between Armenia and Azerbaijan were held in Ankara , hosted by Turkey .", "TUR", ("ARM", "AZE")),
    ("Talks hosted by Qatar between the United States and Iran ended on Friday .", "QAT", ("USA", "IRN")),
    ("Israel and Hamas held talks hosted by Qatar .", "QAT", ("ISR", "PSE")),
    # a broker's or mediator's verb: the sides' own talks are no longer dropped
    ("Egypt brokered talks between Israel and Hamas .", "EGY", ("ISR", "PSE")),
    ("Norway mediated talks between Colombia and Venezuela .", "NOR", ("COL", "VEN")),
    # passives and "mediation" phrases
    ("Israel and Hamas resumed talks mediated by Egypt .", "EGY", ("ISR", "PSE")),
    ("Israel and Hamas held talks under Egypt's mediation .", "EGY", ("ISR", "PSE")),
    ("Israel and Hamas held talks with Egyptian mediation .", "EGY", ("ISR", "PSE")),
    ("Talks between Israel and Hamas under Egyptian mediation resumed .", "EGY", ("ISR", "PSE")),
    ("Colombia and Venezuela met under the mediation of Norway .", "NOR", ("COL", "VEN")),
]


test_mediator_acts_on_each_side_and_the_sides_keep_their_talks = table_test(MEDIATED, assert_mediated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar hosted a dinner .", set()),  # no meeting, no pair: no event
        ("Qatar hosted the Iranian president .", {("QAT", "IRN", "043")}),  # a visitor's host, not a mediator
        # the pair boycotts the host's summit: the host is the boycott's target, no mediation (rule 23)
        (
            "Israel and Hamas boycotted the summit hosted by Algeria .",
            {("ISR", "DZA", "164"), ("PSE", "DZA", "164")},
        ),
    ],
)
def test_hosting_that_is_no_mediation(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_brokered_truce_stays_the_brokers(rules_nlp: Language) -> None:
    # rule 77h: a truce or deal is no meeting (`mediated_meeting_nouns`); only the broker's 045 toward each side
    assert asserted(rules_nlp, "Egypt brokered a truce between Israel and Hamas .") == {
        ("EGY", "ISR", "045"),
        ("EGY", "PSE", "045"),
    }


def test_brokered_talks_keep_045_without_a_pair(rules_nlp: Language) -> None:
    # `Trigger.mediation`, not the code, keeps the broker's 045 over the 040 of the talks it wraps
    matcher = rules_nlp.get_pipe("event_coder").triggers
    doc = rules_nlp("Egypt brokered talks between Israel and Hamas .")
    found = {t.text: matcher.trigger(t) for t in doc}
    broker = found["brokered"]
    assert broker is not None and broker.mediation and broker.code == "045"
    talks = found["talks"]
    assert talks is not None and not talks.mediation


def test_mediation_phrase_without_a_pair_is_no_mediation_of_two(rules_nlp: Language) -> None:
    # one side named: the mediation has no pair to act on, so no 045 toward two sides
    events = asserted(rules_nlp, "Israel welcomed Egypt's mediation .")
    assert not any(c == "045" for _, _, c in events)
