"""Issue 13, session 25, newscausal19 (docs/causal.md round 60): a side that ends in a publication stamp.

A news page's headline and its stamp ("Traders shut shops seeking tax relief March 14 , 2019 00:00 IST") are often
glued to the story's first sentence, and a cause or effect read over the headline runs on into the stamp.
``trim_datelines`` (round 14) keeps what follows a stamp inside a side, which for a stamp at the side's end is nothing,
so the side kept it. ``end_datelines`` cuts such a side before the stamp (``causal_parse.before_end_dateline``); a date
in a clause ("on March 14 , 2019") is no stamp and stays. Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_parse import before_end_dateline

from .causal_sentences import assert_shipped_on_default_off, tagger_reading
from .conftest import claims_at


def test_shipped_on() -> None:
    assert_shipped_on_default_off("end_datelines")


# (side text, what it keeps: None for no change); written before the rule was run
ROWS = [
    ("seeking tax relief March 14 , 2019 00:00 IST", "seeking tax relief"),
    ("Bus drivers block the ring road June 03 , 2016 00:00", "Bus drivers block the ring road"),
    ("Angry traders shut their shops 15th April 2010 12:33 AM", "Angry traders shut their shops"),
    ("Angry traders shut their shops 15th April 2010 12:33 AM .", "Angry traders shut their shops"),
    # a date in a clause has no clock time: no stamp
    ("police fired tear gas on March 14 , 2019", None),
    # words after the stamp: trim_datelines' case (what follows is kept there), not this one
    ("seeking tax relief March 14 , 2019 00:00 IST Shopkeepers kept their shutters down", None),
    # too little would be left
    ("relief March 14 , 2019 00:00 IST", None),
    ("no stamp at all in this cause", None),
]


@pytest.mark.parametrize(("text", "kept"), ROWS)
def test_before_end_dateline(text: str, kept: str | None) -> None:
    keep = before_end_dateline(text)
    assert (None if keep is None else text[:keep]) == kept


HEADLINE = "Traders shut shops seeking tax relief March 14 , 2019 00:00 IST"  # a headline line and its stamp


def _pairs(component: Language, text: str, reading: dict[str, Any] | None, on: bool) -> list[tuple[str, str]]:
    claims = claims_at(component, text, 0.9, reading, end_datelines=on)
    for c in claims:  # the offsets slice the text exactly
        assert text[c["cause_start"] : c["cause_end"]] == c["cause"]
        assert text[c["effect_start"] : c["effect_end"]] == c["effect"]
    return [(c["cause"], c["effect"]) for c in claims]


def _causes(component: Language, text: str, cause: str, effect: str, on: bool) -> list[str]:
    return [c for c, _ in _pairs(component, text, tagger_reading(text, cause, effect), on)]


def test_a_tagged_cause_ending_in_the_stamp_ends_before_it(linear_causal: Language) -> None:
    off = _causes(linear_causal, HEADLINE, "seeking tax relief March 14 , 2019 00:00 IST", "Traders shut shops", False)
    on = _causes(linear_causal, HEADLINE, "seeking tax relief March 14 , 2019 00:00 IST", "Traders shut shops", True)
    assert any(c.endswith("00:00 IST") for c in off)
    assert "seeking tax relief" in on and not any("IST" in c for c in on)
    assert len(on) == len(off)


def test_a_rule_effect_ending_in_the_stamp_ends_before_it(linear_causal: Language) -> None:
    # no tagger reading: the rules' own pair, whose effect runs to the stamp
    off = _pairs(linear_causal, HEADLINE, None, False)
    on = _pairs(linear_causal, HEADLINE, None, True)
    assert any(e.endswith("00:00 IST") for _, e in off)
    assert not any("IST" in c or "IST" in e for c, e in on) and len(on) == len(off)
    assert [c for c, _ in on] == [c for c, _ in off]  # the cause did not end in the stamp: as it was


def test_a_date_in_a_clause_stays(linear_causal: Language) -> None:
    text = "Shops stayed shut because the police fired tear gas at traders on March 14 , 2019 ."
    cause, effect = "the police fired tear gas at traders on March 14 , 2019", "Shops stayed shut"
    assert _causes(linear_causal, text, cause, effect, True) == _causes(linear_causal, text, cause, effect, False)
