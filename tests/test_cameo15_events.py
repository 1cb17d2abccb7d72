"""A fight's goal as its target, patrols ordered, a rival's victory recognized, laws as messages (issue 14, session 20;
docs/events.md rule 88).

Each sentence is our own construction, none copied from the CAMEO manual, ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before
rule 88 the fixed sentences had no event (no target, no trigger, or no source) or a diplomatic recognition (054);
the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded


def events(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """The asserted events of ``text`` with their whole codes and actors as coded."""
    return coded(nlp, text, full_codes=True, root=False)[1]


# -- 88a: a vow to fight until the doers take a place is a threat toward that place ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban fighters vowed to fight until they capture Kabul .", ("AFGREB", "AFG", "138")),
        ("Houthi fighters pledged to fight until they capture Aden .", ("YEMREB", "YEM", "138")),
        # the clause's object named deep down, and the vow the parser hangs the clause on
        (
            "Kurdish rebels have sworn to fight until they gain control of towns near Iraq's border with Syria .",
            ("KURREB", "IRQ", "138"),
        ),
        ("Kurdish rebels have sworn to fight until they gain control of towns in Iraq .", ("KURREB", "IRQ", "138")),
    ],
)
def test_fight_until_the_doers_take_a_place(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert events(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goal with no party: no event, as before
        ("Houthi fighters vowed to fight until they die .", set()),
        # a named target stays the target
        ("Taliban fighters vowed to fight Kabul until they win .", {("AFGREB", "AFG", "138")}),
        # a condition whose subject is another party keeps rule 84c's reading
        ("Hamas vowed to fight on until Israel leaves Gaza .", {("PSEREB", "ISR", "138")}),
        # a yield's own condition names no party of the yield (`own_goal_roots`)
        ("Israel will not withdraw its troops until it secures its border with Syria .", set()),
        ("Kenyan teachers will not end their strike until they receive their pay from the government .", set()),
    ],
)
def test_fight_goal_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(rules_nlp, text) == expected


# -- 88b: patrols ordered are a show of force; a rival's victory recognized is a yield; a law says what its body does


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria ordered patrols along its border with Turkey .", {("SYR", "TUR", "150")}),
        ("India ordered patrols along its border with Pakistan .", {("IND", "PAK", "150")}),
        (
            "The Indian government ordered patrols by troops after protests by Hindu groups .",
            {("INDGOV", "HIN", "150")},
        ),
        # an attack on a patrol stays the attack
        ("Pakistani troops ambushed an Indian patrol near the border .", {("PAKMIL", "IND", "190")}),
        ("An Indian patrol was attacked by Pakistani troops .", {("PAKMIL", "IND", "190")}),
        # a patrol as a modifier names a unit, no show of force (`modifier_nouns`)
        ("U.S. border patrol agents beat Mexican migrants .", {("USA", "MEXREF", "182")}),
        ("Chinese patrol boats rammed a Vietnamese fishing vessel .", {("CHN", "VNM", "190")}),
    ],
)
def test_patrols_ordered_are_a_show_of_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert events(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president recognized the victory of the opposition .", {("KENGOV", "KENOPP", "0831")}),
        ("The Zimbabwean government accepted the victory of the opposition .", {("ZWEGOV", "ZWEOPP", "0831")}),
        (
            "The Serbian government acknowledged the opposition's win in the municipal elections .",
            {("SRBGOV", "SRBOPP", "0831")},
        ),
        # in a law or decree its body passes (message_nouns)
        (
            "The Kenyan parliament approved a law recognizing the victory of the opposition in local elections .",
            {("KENLEG", "KENOPP", "0831")},
        ),
        (
            "The Kenyan parliament approved a decree recognizing the victory of the opposition .",
            {("KENLEG", "KENOPP", "0831")},
        ),
        (
            "The Kenyan parliament passed a law recognizing the rights of Somali refugees .",
            {("KENLEG", "SOMREF", "054")},
        ),
        # a state recognized stays diplomatic recognition
        ("Russia recognized Kosovo's independence .", {("RUS", "XKX", "054")}),
    ],
)
def test_victory_recognized_is_a_yield(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(rules_nlp, text) == expected
