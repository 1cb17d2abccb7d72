"""An event told as coming before its clause ("after its invasion of Ukraine", "following talks with ...",
"since the annexation", "in response to ...") is recalled, not news of the day: it takes the date its own
phrase states, a span of the clause it precedes, or none, and is flagged background; it never takes the
publication date (docs/dates.md, "Background: recalled history")."""

from __future__ import annotations

from typing import Any

import pytest

from detente import api
from detente.nlp.dates import prior_phrase
from detente.nlp.model import cached_model

PUBLISHED = "2025-11-02"


def _code(nlp: Any, text: str) -> list[dict[str, Any]]:
    return api.code_documents([{"id": "t", "text": text, "date": PUBLISHED}], nlp=nlp)[0]["events"]


def _by_trigger(events: list[dict[str, Any]], trigger: str) -> set[tuple[str | None, str | None, bool]]:
    return {(e["date"], e["date_how"], e["background"]) for e in events if e["trigger"] == trigger}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Grain exports to Egypt fell sharply after Russia's invasion of Ukraine.", "invasion"),
        ("Following talks between France and Germany, the two ministers issued a joint statement.", "talks"),
        ("The new decree follows negotiations between Serbia and Kosovo.", "negotiations"),
        ("Prices rose in the wake of Iran's attack on Israel.", "attack"),
    ],
)
def test_an_event_told_as_earlier_gets_no_publication_date(nlp: Any, text: str, trigger: str) -> None:
    events = _code(nlp, text)
    assert _by_trigger(events, trigger) == {(None, None, True)}, events


def test_its_own_stated_date_is_kept(nlp: Any) -> None:
    events = _code(nlp, "Trade between Europe and Russia has collapsed since Russia's 2014 invasion of Ukraine.")
    assert _by_trigger(events, "invasion") == {("2014", "text", True)}


def test_a_day_of_the_later_clause_is_not_the_earlier_events(nlp: Any) -> None:
    events = _code(nlp, "On Tuesday, the ministers issued a statement following talks between France and Germany.")
    assert _by_trigger(events, "talks") == {(None, None, True)}


def test_the_clause_itself_keeps_its_reading(nlp: Any) -> None:
    # the event the sentence tells as news stays current; only what it follows is recalled
    events = _code(nlp, "Russia attacked Ukraine on Tuesday after Ukraine's strike on a Russian refinery.")
    assert ("2025-10-28", "text", False) in _by_trigger(events, "attacked")


@pytest.mark.parametrize(
    ("text", "word", "earlier"),
    [
        ("Sales shrank after the invasion of the country.", "invasion", True),
        ("Since the annexation, trade has collapsed.", "annexation", True),
        ("In response to the strikes, the ministry summoned the ambassador.", "strikes", True),
        ("The ministry will respond after the vote.", "vote", False),  # a plan: the vote may lie ahead
        ("The talks were followed by a summit.", "summit", False),  # the agent of "followed by" comes after
        ("The ministers met ahead of the summit.", "summit", False),  # what a clause precedes may lie ahead
        ("The ministers met at the summit.", "summit", False),
    ],
)
def test_which_phrases_tell_an_earlier_event(text: str, word: str, earlier: bool) -> None:
    doc = cached_model()(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert (prior_phrase(tok) is not None) is earlier, [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_past_clause_under_since_starts_a_span_that_reaches_now(nlp: Any) -> None:
    events = _code(nlp, "Since Russia invaded Ukraine in 2022, Poland has sent weapons to Kyiv.")
    assert _by_trigger(events, "invaded") == {("2022", "text", True)}
    # the perfect spans the time since: neither the start's year nor the publication day
    assert _by_trigger(events, "sent weapons") == {(None, None, True)}
    events = _code(nlp, "Trade between Europe and Russia has collapsed since Russia invaded Ukraine.")
    assert _by_trigger(events, "invaded") == {(None, None, True)}


def test_a_causal_since_keeps_the_current_reading(nlp: Any) -> None:
    events = _code(nlp, "Since Russia refuses to negotiate, France condemned Russia.")
    assert _by_trigger(events, "condemned") == {(PUBLISHED, "document", False)}
