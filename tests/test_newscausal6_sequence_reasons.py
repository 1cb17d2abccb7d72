"""Round 34 of issue 13 (docs/causal.md): "X follows Y" and the reason of a negated clause, read as CNC does.

- ``sequence_verbs`` (markers.yml: ``follow``): an active "X follows / followed Y" with an event on both sides gives
  Y -> X (CNC train annotates all six such main clauses so). No claim with a person or group on either side, a
  relative pronoun as subject, a norm or route as object (``sequence_verb_not_objects``), a passive or a negation.
  The cause takes the object's modifiers the parse hangs on the verb and stops before a comma's relative clause or
  an attribution.
- ``sequence_preps`` (markers.yml: ``following``): "Y happened following X" with an event X is a marker pair X -> Y
  at any probability, fronted or not; none where X is a date, a person, or the subject's own earlier act ("Following
  his inauguration, the president ...": one doer's acts in turn, which CNC leaves out).
- ``Extractor.negated_main_reasons``: "Y did not happen because / as X" keeps X -> "Y did not happen" (CNC train:
  all 9 such "because" / "as" sentences are causal with that pair); a reason that is itself denied ("not because
  X") gives none.

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor
from detente.nlp.causal_rules import _denied_reason
from tests.causal_sentences import extractor_with, pairs, sentence


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The riot followed a court ruling on the land dispute.", "a court ruling on the land dispute", "The riot"),
        # the comma's relative clause is a pair of its own in CNC, not part of this cause
        (
            "The walkout by the dock workers followed a pay cut announced last month, which was approved by the board.",
            "a pay cut announced last month",
            "The walkout by the dock workers",
        ),
        # a restrictive relative stays with its noun
        (
            "The ban on fishing follows talks between the two coastal states that failed to settle the quota dispute.",
            "talks between the two coastal states that failed to settle the quota dispute",
            "The ban on fishing",
        ),
        # the phrases the parse hangs on the verb belong to the object; the attribution does not
        (
            "The closure of the school followed a fire in the kitchen on Sunday, according to the mayor.",
            "a fire in the kitchen on Sunday",
            "The closure of the school",
        ),
    ],
)
def test_follow_gives_object_as_cause(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    found = [(c, e) for c, e, s in pairs(parse, extractor, text) if s.lower().startswith("follow")]
    assert found == [(cause, effect)]


@pytest.mark.parametrize(
    "text",
    [
        "She followed the protesters to the square.",  # a person following people
        "The new tax follows the model of the old levy.",  # a pattern, not an earlier event
        "The strike was followed by a lockout.",  # the passive is not this rule's
        "The storm did not follow the forecast track.",  # negated
        "Developments that followed the merger worried the staff.",  # a relative pronoun as subject
    ],
)
def test_follow_without_two_events_gives_no_claim(parse: Language, extractor: Extractor, text: str) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower().startswith("follow")]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "The talks were moved to Geneva following a phone call between the two foreign ministers.",
            "a phone call between the two foreign ministers",
            "The talks were moved to Geneva",
        ),
        (
            "Following the court ruling on the land dispute, the union called a strike.",
            "the court ruling on the land dispute",
            "the union called a strike",
        ),
        # a meeting is an occasion CNC reads as a cause (round 31); tests/test_causal_extractor.py had it negative
        (
            "Following the summit, the ministers signed a trade deal.",
            "the summit",
            "the ministers signed a trade deal",
        ),
        # the comma's aside on the event is left out
        (
            "The market reopened on Monday following the storm, which had closed the port.",
            "the storm",
            "The market reopened on Monday",
        ),
        # a possessed event whose owner is no doer of the main clause still counts
        (
            "Following their defeat in the vote, the new tax came into force.",
            "their defeat in the vote",
            "the new tax came into force",
        ),
    ],
)
def test_following_gives_a_marker_pair(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    assert [(c, e) for c, e, s in pairs(parse, extractor, text) if s.lower() == "following"] == [(cause, effect)]


@pytest.mark.parametrize(
    "text",
    [
        "Following his inauguration in May, President Smith cut the budget for roads.",  # his own earlier act
        "Following their defeat in the vote, the protesters left the assembly.",
        "The ferries stopped running following him.",  # a person
        "The mayor resigned the following day.",  # an adjective, no preposition
    ],
)
def test_following_without_a_reaction_gives_no_pair(parse: Language, extractor: Extractor, text: str) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2].lower() == "following"]


@pytest.mark.parametrize(
    ("text", "cause", "effect", "signal"),
    [
        (
            "The ferry did not sail because a storm had closed the harbour.",
            "a storm had closed the harbour",
            "The ferry did not sail",
            "because",
        ),
        (
            "The number of the wounded could not be confirmed as most of them had left the clinic.",
            "most of them had left the clinic",
            "The number of the wounded could not be confirmed",
            "as",
        ),
    ],
)
def test_reason_of_negated_clause(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str, signal: str
) -> None:
    assert (cause, effect, signal) in pairs(parse, extractor, text)
    off = extractor_with(negated_main_reasons=False)  # the reading before round 34: no pair
    assert not [p for p in pairs(parse, off, text) if p[2] == signal]


def test_denied_reason(parse: Language, extractor: Extractor) -> None:
    sent = sentence(parse, "The ferry did not sail not because a storm came.")
    mark = next(t for t in sent if t.lower_ == "because")
    assert _denied_reason(mark)
    assert not [p for p in pairs(parse, extractor, sent.text) if p[2] == "because"]
    sent = sentence(parse, "The ferry did not sail because a storm came.")
    mark = next(t for t in sent if t.lower_ == "because")
    assert not _denied_reason(mark)
