"""Issue 14 (session 30, speed13): ``causal_parse._dateline_stamps`` skips the publication-stamp scan on a text
without a digit or a month; its matches must equal ``list(_DATELINE.finditer(text))`` (the reading it replaced)
on any text, the stamp's digit-free tail at a text's start included."""

from __future__ import annotations

import random

from detente.nlp.causal_parse import _DATELINE, _dateline_stamps

TEXTS = [
    "",
    "the decision to raise fuel prices sparked protests",
    "IST Tourist cab drivers took out a rally",
    "hrs the strike went on",
    "00:00 IST Tourist cab drivers took out a rally",
    "Cab drivers take out rally May 22 , 2012 00:00 IST Tourist cab drivers took out a rally",
    "rally seeking fee dues October 22 , 2016 00:00 IST",
    "WASHINGTON - October 22, 2025 - A summit opened",
    "date 2025-10-22 the talks resumed",
    "DURBAN , June 3 ( ANA ) - Trucking companies went on strike",
    "2 August 2025, 11:55 the ministry said",
    "a text with 12 numbers but no stamp, GMT in the middle",
    "12:30 hrs Locals took to the streets",
    "Locals took to the streets on 3 march 2025 , 11:55",
    "they met on May 3 , 2025 11:55 and talked",
]


def spans(matches: list) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_same_matches_as_the_full_scan() -> None:
    rng = random.Random(13)
    words = ["IST", "GMT", "hrs", "May", "22", ",", "2012", "00:00", "-", "rally", "the", "October", "(", "ANA", ")"]
    words += ["Sept.", "date", "2025-10-22", "3rd", "june", "12:30", "\u2014", "Dec"]
    texts = TEXTS + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    for text in texts:
        assert spans(_dateline_stamps(text)) == spans(list(_DATELINE.finditer(text))), text


def test_digit_free_text_keeps_only_a_leading_tail() -> None:
    assert spans(_dateline_stamps("IST Tourist cab drivers")) == [(0, 3)]
    assert _dateline_stamps("drivers IST rally") == []
