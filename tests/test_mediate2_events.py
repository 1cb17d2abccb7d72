"""A third party's mediation written as a hyphenated participle, a verb of arranging, or a "mediation" phrase on a
meeting one side holds with the other (issue 14, session 21; docs/events.md rule 100).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Rules 93 and 94
code the host or mediator of two others' talks as CAMEO 045 toward each side, the sides keeping their own talks
(040 each way). Rule 100 reads the same act where (a) the mediator is written before a hyphenated participle on
the meeting ("Egyptian-brokered talks"; before, the actor resolver dropped it as it drops "a UN-brokered deal"),
(b) a verb of arranging a meeting governs it ("facilitated / convened talks between A and B"; before, no trigger)
and (c) the two sides are a subject and an object or "with" phrase ("A met B under Egypt's mediation"; before,
only a coordinated subject was read as the pair).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import assert_mediated, asserted, coded, table_test

MEDIATED = [
    # (a) the mediator before a hyphenated participle on the meeting
    ("Egyptian-brokered talks between Israel and Hamas resumed on Monday .", "EGY", ("ISR", "PSE")),
    ("Norway-brokered negotiations between Colombia and Venezuela ended in Oslo .", "NOR", ("COL", "VEN")),
    ("Qatar-mediated talks between the United States and Iran ended on Friday .", "QAT", ("USA", "IRN")),
    ("US-hosted talks between Armenia and Azerbaijan began in Washington .", "USA", ("ARM", "AZE")),
    ("Israel and Hamas resumed Egyptian-brokered talks .", "EGY", ("ISR", "PSE")),
    ("Serbia resumed EU-mediated talks with Kosovo .", "IGO", ("SRB", "XKX")),
    # (b) a verb of arranging a meeting between two others, active or passive
    ("Qatar facilitated talks between the United States and Iran .", "QAT", ("USA", "IRN")),
    ("Turkey convened talks between Russia and Ukraine .", "TUR", ("RUS", "UKR")),
    ("Egypt arranged a meeting between Israel and Hamas .", "EGY", ("ISR", "PSE")),
    ("Oman organized a meeting between Iran and Saudi Arabia .", "OMN", ("IRN", "SAU")),
    ("Talks between Israel and Hamas were convened by Egypt .", "EGY", ("ISR", "PSE")),
    ("Talks between Armenia and Azerbaijan were hosted by Kazakhstan .", "KAZ", ("ARM", "AZE")),
    # (c) the two sides as subject and object or "with" phrase
    ("Israel met Hamas under Egypt's mediation .", "EGY", ("ISR", "PSE")),
    ("Israel held talks with Hamas under Egypt's mediation .", "EGY", ("ISR", "PSE")),
    ("Colombia met with Venezuela under the mediation of Norway .", "NOR", ("COL", "VEN")),
    ("Israel held talks with Hamas mediated by Egypt .", "EGY", ("ISR", "PSE")),
]


test_mediator_acts_on_each_side_and_the_sides_keep_their_talks = table_test(MEDIATED, assert_mediated)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Egyptian-brokered talks between Israel and Hamas resumed on Monday .", "Egyptian"),
        ("Qatar-sponsored negotiations between Sudan and Chad stalled .", "Qatar"),
    ],
)
def test_resolver_keeps_the_mediator_of_a_meeting(rules_nlp: Language, text: str, actor: str) -> None:
    assert actor in coded(rules_nlp, text)[0]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a deal, truce or group so modified names no actor of its phrase, as before (the actor resolver's rule)
        ("A UN-brokered ceasefire between Israel and Hamas took effect .", "UN"),
        ("The Qatar-brokered deal between Israel and Hamas collapsed .", "Qatar"),
        ("Russian-backed separatists attacked Ukrainian troops .", "Russian"),
        ("Iran-sponsored militias fired rockets .", "Iran"),
    ],
)
def test_resolver_still_drops_a_brokered_deals_actor(rules_nlp: Language, text: str, dropped: str) -> None:
    mentions, events = coded(rules_nlp, text)
    assert dropped not in mentions
    assert not any(c == "04" for _, _, c in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no pair: no mediation, and the mediator is no party of the talks
        ("Egyptian-brokered talks resumed on Monday .", set()),
        # an arranging verb with no meeting is no mediation (rule 100b reads meetings only)
        ("Egypt facilitated the delivery of aid to Gaza .", {("EGY", "PSE", "070")}),
        # one side only: nobody to bring together
        ("Israel met Hamas under pressure from Egypt .", {("ISR", "PSE", "040"), ("PSE", "ISR", "040")}),
        # the meeting refused, not held: rule 100c reads a held meeting only
        ("Israel rejected talks with Hamas under Egypt's mediation .", {("ISR", "PSE", "125")}),
        ("Israel welcomed Egypt's mediation .", {("ISR", "EGY", "051")}),
        # a host who is a party of the meeting stays one
        ("France hosted a meeting with Germany .", {("FRA", "DEU", "040"), ("DEU", "FRA", "040")}),
    ],
)
def test_no_mediation_where_there_is_none(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_mediated_pair_equals_the_unmediated_meeting(rules_nlp: Language) -> None:
    # the sides' own talks are the ones the sentence without the mediator codes
    plain = asserted(rules_nlp, "Israel held talks with Hamas .")
    mediated = asserted(rules_nlp, "Israel held talks with Hamas under Egypt's mediation .")
    assert {e for e in mediated if e[2] != "045"} == plain
