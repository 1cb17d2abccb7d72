"""Forces moved up to another party, and a target named only as the other side of a "between" pair that holds the
source's own party (issue 14, session 16; docs/events.md rule 51).

Each sentence is our own construction, none copied from the news excerpts, ConfliBERT, PLOVER or any evaluation
set. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). The fixed classes gave no event before rule 51; the neighbours pin readings that must not
move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 51a: armed force moved up to another party is a show of force (fixed) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia positioned warships near Japan .", ("RUS", "JPN", "150")),
        ("India moved troops closer to Pakistan .", ("IND", "PAK", "150")),
        ("Russia moved thousands of troops closer to the Ukrainian border .", ("RUS", "UKR", "150")),
        ("Russia has repositioned its bombers closer to the Finnish border .", ("RUS", "FIN", "150")),
        ("Turkey redeployed tanks along the Syrian border .", ("TUR", "SYR", "150")),
        ("Chinese warships moved closer to Taiwan .", ("CHN", "TWN", "150")),
        ("Israeli tanks moved near the Lebanese border .", ("ISR", "LBN", "150")),
        # forces named by the relative clause that sent them belong to its subject
        ("The warships that Japan sent have moved closer to China .", ("JPN", "CHN", "150")),
        ("The troops Turkey ordered to redeploy moved near the Syrian border .", ("TUR", "SYR", "150")),
        # an order to move one's own forces up is the show of force itself, asserted
        (
            "The United States ordered two aircraft carriers to be positioned in waters near Iran .",
            ("USA", "IRN", "150"),
        ),
    ],
)
def test_forces_moved_up_to_a_party(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # what moves is no armed force, or the move names no place near a party
        "Japan moved its embassy closer to China .",
        "Germany shifted its stance toward France .",
        "China positioned itself as a mediator between Russia and Ukraine .",
        "Germany moved closer to France on trade .",
        "Turkey moved its troops out of Syria .",
        # a relative clause that does not send the forces names no owner
        "Officials said the warships that China built moved toward Vietnam .",
    ],
)
def test_moves_that_are_no_show_of_force(rules_nlp: Language, text: str) -> None:
    assert {e for e in asserted(rules_nlp, text) if e[2] == "150"} == set()


def test_other_ordered_acts_stay_hypothetical(rules_nlp: Language) -> None:
    # only forces moved up are shown by the order; an ordered attack is not yet done (rule 22)
    mentions, events = coded(rules_nlp, "Russia ordered its troops to attack Ukrainian positions .")
    assert mentions and events == set()


# -- 51b: the other side of a "between" pair that holds the source's party (fixed) -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan warned that the missile tests would damage relations between Japan and North Korea .",
            ("JPN", "PRK", "130"),
        ),
        ("Japan warned that the tests would harm relations between Tokyo and Pyongyang .", ("JPN", "PRK", "130")),
        (
            "Egypt proposed a one-year extension of the water treaty , offering a reprieve for the last accord "
            "between Sudan and Egypt .",
            ("EGY", "SDN", "030"),
        ),
    ],
)
def test_the_other_side_of_an_own_pair_is_the_target(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a pair without the source's party: the warning is about others, no target for it
        "China warned that the war between Russia and Ukraine could spread .",
        # more than one other party: no single target
        "Spain warned that the dispute would harm relations between Spain , Morocco and Algeria .",
    ],
)
def test_pairs_that_name_no_target(rules_nlp: Language, text: str) -> None:
    source = text.split()[0]
    codes = {"China": "CHN", "Spain": "ESP"}
    assert {e for e in asserted(rules_nlp, text) if e[0] == codes[source]} == set()


# -- 51c: "directed X to ..." is an order, as "ordered X to ..." is (fixed) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order to one's own agent to meet states the intent to meet (rule 28), one way; before: 040 both ways
        ("Kenya directed its envoy to meet with Ugandan officials .", {("KEN", "UGA", "036")}),
        ("Japan directed its ambassador to visit China .", {("JPN", "CHN", "036")}),
        # an order to another party is a demand on it; before: no event
        # a demand to de-escalate (1056; 1054, "ease economic sanctions", before rule 76d read the halt as 087)
        ("The UN directed Israel to halt the operation .", {("IGO", "ISR", "1056")}),
        # an ordered attack is not yet done; before: an asserted 190
        ("India directed its troops to attack Pakistani positions .", set()),
    ],
)
def test_directed_to_is_an_order(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Iran directed its anger at Washington .", "Brazil directed the inquiry into the deal with Argentina ."],
)
def test_directed_without_an_infinitive_is_no_order(rules_nlp: Language, text: str) -> None:
    assert {e for e in asserted(rules_nlp, text) if e[2][:2] in ("02", "03", "10")} == set()
