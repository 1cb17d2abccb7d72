"""An order to deploy or station one's own forces up to another party is the show of force; forces moved after
another party's words or provocation are moved up to that party (issue 14, session 20, branch newsprec2;
docs/events.md rules 91a and 91b); a headline verb the parser read as a plural noun after the line's named actor is
re-hung as the root (rule 91c).

Each sentence is our own construction, none copied from the news excerpts or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 91a the
fixed sentences gave a hypothetical 150 (an ordered act not yet done) or no event at all; rule 51a already read
"ordered two carriers to be positioned near Y" as asserted, and rule 58b the noun "ordered the deployment of".
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.events.parse_repair import packaged_data, rehang_headline_verbs

from .event_sentences import asserted, before_stage

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


# -- 91c: "<Name> orders ..." headlines the parser read as a name with a plural-noun object (fixed) -----------------


def _model_parse(nlp: Language, text: str) -> tuple[Doc, frozenset[int]]:
    """The model's parse of ``text`` with its actor tokens, before the parse repair."""
    doc = before_stage(nlp, text, "parse_repair")
    return doc, frozenset(i for span in doc.spans["actors"] for i in range(span.start, span.end))


@pytest.mark.parametrize(
    "text",
    ["Modi orders sanctions on Pakistan after attack", "Trump orders two destroyers to be moved closer to Venezuela"],
)
def test_headline_verb_read_as_a_noun_becomes_the_root(rules_nlp: Language, text: str) -> None:
    doc, actors = _model_parse(rules_nlp, text)
    assert doc[0].dep_ == "ROOT" and doc[1].dep_ != "ROOT"  # the misparse this rule repairs
    assert rehang_headline_verbs(doc, packaged_data().headline_verbs, actors) == 1
    assert doc[1].dep_ == "ROOT" and doc[1].lemma_ == "order" and doc[1].pos_ == "VERB"
    assert doc[0].head.i == 1 and doc[0].dep_ == "nsubj"


def test_repaired_headlines_code_as_their_verbs(rules_nlp: Language) -> None:
    # before: no event for either (no verb in the line)
    assert asserted(rules_nlp, "Trump orders two destroyers to be moved closer to Venezuela") == {("USA", "VEN", "150")}
    headline = {(s, t, c[:2]) for s, t, c in asserted(rules_nlp, "Modi orders sanctions on Pakistan after attack")}
    sentence = {(s, t, c[:2]) for s, t, c in asserted(rules_nlp, "India ordered sanctions on Pakistan .")}
    # both 16 (163, sanctions imposed) since rule 142a: an ordered act noun is the act, no demand (was 10, 1054)
    assert headline == sentence == {("IND", "PAK", "16")}


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan orders two warships to be deployed near Greece",  # parsed right: nothing to repair
        "Iran's new orders to its navy",  # the noun "orders": its root is no actor
        "Modi orders sanctions on Pakistan , officials said",  # a finite verb of its own
    ],
)
def test_other_lines_are_left_as_parsed(rules_nlp: Language, text: str) -> None:
    doc, actors = _model_parse(rules_nlp, text)
    assert rehang_headline_verbs(doc, packaged_data().headline_verbs, actors) == 0
