"""Event dates in 2025 news with a publication date (issue 14 item 6, docs/dates.md "Dates that place events
in news"): a relative or partial date resolves against the publication date at the granularity the text gives;
an act told as lying before a time the story gave ("years earlier", "at the time", "back then") is recalled,
background and undated, never the publication date. Invented sentences, published on Wednesday 2025-11-05."""

from __future__ import annotations

from typing import Any

import pytest

from detente import api
from detente.nlp.dates import resolve

PUBLISHED = "2025-11-05"  # a Wednesday


def _dates(nlp: Any, text: str, trigger: str) -> set[tuple[str | None, str | None, bool]]:
    events = api.code_documents([{"id": "t", "text": text, "date": PUBLISHED}], nlp=nlp)[0]["events"]
    return {(e["date"], e["date_how"], e["background"]) for e in events if e["trigger"].startswith(trigger)}


TEXT = "text"
CASES = [
    # a date the text states, resolved against the publication date at its own granularity
    ("Russia attacked Ukraine on Tuesday.", "attacked", ("2025-11-04", TEXT, False)),
    ("Last Tuesday, Serbia recalled its ambassador from Montenegro.", "recalled", ("2025-11-04", TEXT, False)),
    ("Russia expelled two Polish diplomats last week.", "expelled", ("2025-W44", TEXT, False)),
    ("India expelled a Canadian diplomat earlier this week.", "expelled", ("2025-W45", TEXT, False)),
    ("Iran seized a British tanker two weeks ago.", "seized", ("2025-W43", TEXT, False)),
    ("China imposed sanctions on Japan last month.", "imposed", ("2025-10", TEXT, False)),
    ("Egypt hosted talks between Israel and Hamas earlier this month.", "hosted", ("2025-11", TEXT, False)),
    ("Iran seized a British oil tanker earlier this year.", "seized", ("2025", TEXT, False)),
    ("Earlier in the year, Japan protested to China over the islands.", "protested", ("2025", TEXT, False)),
    ("Israel struck targets in Lebanon in March.", "struck", ("2025-03", TEXT, False)),
    ("Turkey signed a trade agreement with Iraq in December.", "signed", ("2024-12", TEXT, False)),
    ("Turkey signed a trade agreement with Iraq on March 3.", "signed", ("2025-03-03", TEXT, False)),
    ("France condemned Russia on Nov. 3.", "condemned", ("2025-11-03", TEXT, False)),
    ("Pakistan accused India of sponsoring terrorism two years ago.", "accused", ("2023", TEXT, False)),
    ("Germany deployed troops to Lithuania by mid-2025.", "deployed", ("2025-mid", TEXT, False)),
    ("Venezuela detained American citizens through early 2025.", "detained", ("2025-early", TEXT, False)),
    ("Russia attacked Ukraine in the spring.", "attacked", ("2025-spring", TEXT, False)),
    # a date the tagger ran on across a comma: the day named, or the part before the next clause
    ("France condemned Russia on Tuesday, Nov. 4.", "condemned", ("2025-11-04", TEXT, False)),
    ("Israel struck Iran in June, months after Iran attacked Israel.", "struck", ("2025-06", TEXT, False)),
    # an actor described by an earlier act: the main clause's day is not the described act's
    ("Russia, which annexed Crimea from Ukraine, expelled two Estonian diplomats on Tuesday.", "expelled",
     ("2025-11-04", TEXT, False)),
    ("Russia, which annexed Crimea from Ukraine, expelled two Estonian diplomats on Tuesday.", "annexed",
     (None, None, True)),
    # news of the day: the publication date (overnight before a morning paper is its day)
    ("Russia launched drones at Kyiv overnight.", "launched", (PUBLISHED, "document", False)),
    ("Russia launched 80 drones at Ukraine overnight, the air force said on Wednesday.", "launched",
     (PUBLISHED, TEXT, False)),
    # a span reaching now, and acts told before a time the story gave: background, undated
    ("Russia has attacked Ukrainian cities repeatedly since February 2022.", "attacked", (None, None, True)),
    ("The European Union has long criticized Hungary.", "criticized", (None, None, True)),
    ("The United States once imposed sanctions on Cuba.", "imposed", (None, None, True)),
    ("Years earlier, Iraq invaded Kuwait.", "invaded", (None, None, True)),
    ("Two days earlier, Russia expelled a Polish diplomat.", "expelled", (None, None, True)),
    ("At the time, Egypt condemned Israel.", "condemned", (None, None, True)),
    ("Back then, Turkey recalled its ambassador from Sweden.", "recalled", (None, None, True)),
    ("Egypt condemned Israel at the time of writing.", "condemned", (PUBLISHED, "document", False)),
    # a state that no longer exists doing the act: history, whatever the tense; a Soviet-era thing is no such state
    ("The Soviet Union invaded Afghanistan.", "invaded", (None, None, True)),
    ("Yugoslavia attacked Albania.", "attacked", (None, None, True)),
    ("Russia supplied Soviet-era weapons to Syria.", "supplied", (PUBLISHED, "document", False)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_event_dates_in_news(nlp: Any, text: str, trigger: str, expected: tuple[str | None, str | None, bool]) -> None:
    assert _dates(nlp, text, trigger) == {expected}


def test_earlier_in_the_period_is_the_current_period() -> None:
    assert resolve("earlier in the year", PUBLISHED) == "2025"
    assert resolve("earlier in the month", PUBLISHED) == "2025-11"
    assert resolve("earlier in the week", PUBLISHED) == "2025-W45"
    assert resolve("earlier in the day", PUBLISHED) == PUBLISHED
    assert resolve("earlier in the year", None) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("June, months", "2025-06"),
        ("Tuesday, Nov. 4", "2025-11-04"),
        ("Friday, October 31, 2025", "2025-10-31"),
        ("November 2, 2025", "2025-11-02"),
        ("decades, years", None),
    ],
)
def test_a_date_run_on_across_a_comma(text: str, label: str | None) -> None:
    assert resolve(text, PUBLISHED) == label
