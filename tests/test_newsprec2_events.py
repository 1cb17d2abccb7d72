"""An order to deploy or station one's own forces up to another party is the show of force; forces moved after
another party's words or provocation are moved up to that party (issue 14, session 20, branch newsprec2;
docs/events.md rules 91a and 91b).

Each sentence is our own construction, none copied from the news excerpts or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 91a the
fixed sentences gave a hypothetical 150 (an ordered act not yet done) or no event at all; rule 51a already read
"ordered two carriers to be positioned near Y" as asserted, and rule 58b the noun "ordered the deployment of".
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 91a: an ordered deployment or stationing of forces near another party is asserted (fixed) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran ordered two warships to be deployed near Israel .", {("IRN", "ISR", "150")}),
        ("Iran ordered its troops to deploy near the Iraqi border .", {("IRN", "IRQ", "150")}),
        ("Germany ordered two frigates to be stationed near Russia .", {("DEU", "RUS", "150")}),
        ("Egypt directed its army to deploy along the Libyan border .", {("EGY", "LBY", "150")}),
    ],
)
def test_ordered_deployment_near_a_party_is_the_show_of_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: hypothetical 150, or nothing


@pytest.mark.parametrize(
    ("ordered", "done"),
    [
        ("Iran ordered two warships to be deployed near Israel .", "Iran deployed two warships near Israel ."),
        ("Germany ordered two frigates to be stationed near Russia .", "Germany stationed two frigates near Russia ."),
    ],
)
def test_order_and_deed_agree(rules_nlp: Language, ordered: str, done: str) -> None:
    assert asserted(rules_nlp, ordered) == asserted(rules_nlp, done)


# -- neighbours that must not move ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran ordered its troops to attack Iraq .",  # another ordered act: not yet done
        "Egypt ordered troops to be deployed in Cairo .",  # its own place: no other party
        "Iran may order two warships to be deployed near Israel .",  # a hedged order
    ],
)
def test_other_orders_assert_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


def test_plain_deployment_keeps_its_reading(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "China stationed troops near the Indian border .") == {("CHN", "IND", "150")}
    assert asserted(rules_nlp, "Russia deployed troops near Ukraine's border .") == {("RUS", "UKR", "150")}


# -- 91b: forces moved "after / following" another party's words or provocation are moved up to it (fixed) ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India moved troops to the border after Pakistan's remarks .", {("IND", "PAK", "150")}),
        ("Iran ordered two warships to be repositioned after Israel's threats .", {("IRN", "ISR", "150")}),
        ("Japan repositioned two destroyers following China's missile tests .", {("JPN", "CHN", "150")}),
        ("Russia moved troops to the border after threats from Poland .", {("RUS", "POL", "150")}),
    ],
)
def test_forces_moved_after_a_partys_words_are_moved_up_to_it(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event (no posture phrase)


def test_moved_and_deployed_agree(rules_nlp: Language) -> None:
    moved = "India moved troops to the border after Pakistan's remarks ."
    deployed = "India deployed troops to the border after Pakistan's remarks ."
    assert asserted(rules_nlp, moved) == asserted(rules_nlp, deployed)


@pytest.mark.parametrize(
    "text",
    [
        "India moved troops to the border after Pakistan's elections .",  # no words or provocation answered
        "Egypt moved the talks to Cairo after Sudan's remarks .",  # no force moved
        "India moved troops to the border during Pakistan's remarks .",  # a time, not an answer
    ],
)
def test_other_moves_after_a_party_assert_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
