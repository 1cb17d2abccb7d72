"""An intent to keep up aid whose recipient hangs on the verb between (issue 14, session 33, branch para5x;
docs/events.md rule 306).

A wrapper of intent, agreement or refusal ("pledged to", "agreed to", "refused to") around a verb that is no act
of its own ("continue", "extend", "resume", "step up", "increase") whose object is an aid noun: the parser often
hangs the recipient's "to Y" on that verb, not on the noun ("promised to continue military aid to Lithuania"),
and the wrapped act's target was looked for on the noun and below it only: no target, no event (para5's
AGREE-0013 row). The target is now also read on the verb the wrapped noun is the object of, as the plain
sentence's noun reads it ("will continue military aid to Lithuania", rule 3). CAMEO codes from the codebook: 0331
economic aid, 0332 military aid, 0333 humanitarian aid, 033 material aid, under the intent wrapper; the refusal's
12 refinement of aid (122x: 1222 military aid). Each sentence is our own, written in 2025 wire style
with its expected events before the coder ran; the real spaCy model, ``actor_resolver`` and ``event_coder`` run
with the learned layer off (``rules_nlp``). Controls: a plain sentence, a wrapped act with its own phrase, and a
"to" phrase of time on the verb between, which names no recipient.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_test

Events = set[tuple[str, str, str]]

# (sentence, events that must all be asserted, events that must not be)
ROWS: list[tuple[str, Events, Events]] = [
    ("Britain pledged on Tuesday to continue military aid to Ukraine .", {("GBR", "UKR", "0332")}, set()),
    ("Japan vowed to continue humanitarian aid to Gaza despite the fighting .", {("JPN", "PSE", "0333")}, set()),
    ("The Dutch government promised to extend economic aid to Moldova .", {("NLD", "MDA", "0331")}, set()),
    ("Norway offered to increase humanitarian assistance to Sudan .", {("NOR", "SDN", "0333")}, set()),
    ("Australia promised to step up military assistance to the Philippines .", {("AUS", "PHL", "0332")}, set()),
    ("Denmark pledged to continue military assistance to Ukraine next year .", {("DNK", "UKR", "0332")}, set()),
    ("Qatar promised to continue financial aid to Lebanon .", {("QAT", "LBN", "0331")}, set()),
    ("Canada agreed to resume development aid to Haiti .", {("CAN", "HTI", "0331")}, set()),
    # written 1212 before the coder ran; the reject wrapper's refinement reads refused aid as 122x (1222)
    ("Hungary refused to continue military aid to Ukraine .", {("HUN", "UKR", "1222")}, set()),
    # controls: the plain sentence, a wrapped act whose phrase names its partner, a "to" phrase of time
    ("Germany will continue military aid to Lithuania .", {("DEU", "LTU", "0332")}, set()),
    ("France promised to continue talks with Algeria .", {("FRA", "DZA", "036")}, set()),
    ("Japan pledged to continue humanitarian aid to 2027 .", set(), {("JPN", "*", "0333")}),
]

XFAIL: dict[str, str] = {}


def check(nlp: Language, text: str, expected: Events, forbidden: Events) -> None:
    events = asserted(nlp, text)
    assert expected <= events, sorted(events)
    # a forbidden event's target "*" stands for any target
    assert not {(s, t, c) for s, t, c in events for fs, ft, fc in forbidden if (fs, fc) == (s, c) and ft in ("*", t)}, (
        sorted(events)
    )


test_intent_to_keep_up_aid_reads_the_verb_between = table_test(ROWS, check, XFAIL)


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_rows_are_well_formed(row: tuple[str, Events, Events]) -> None:
    """Each row names at least one event, expected or forbidden, of a CAMEO code."""
    _text, expected, forbidden = row
    assert expected | forbidden and all(code.isdigit() for _s, _t, code in expected | forbidden)
