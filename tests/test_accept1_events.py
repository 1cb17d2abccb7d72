"""Accepted proposals, "until" conditions on coercive acts, passive comments on a doer's act (issue 14, session 21;
docs/events.md rule 99).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed classes
gave no event (99a, 99b), a reduction asserted as done (99b) or the act's other party as the target (99c) before;
the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 99a: a proposal accepted that proposes nothing in its own words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria accepted Russia's peace plan .", {("SYR", "RUS", "030")}),
        ("Syria accepted the Russian proposal .", {("SYR", "RUS", "030")}),
        ("Syria accepted a proposal from Russia .", {("SYR", "RUS", "030")}),
        ("Ukraine has accepted the EU's initiative .", {("UKR", "IGO", "030")}),
        ("Turkey accepted Sweden's offer .", {("TUR", "SWE", "030")}),
        ("Syria accepted the peace plan proposed by Russia .", {("SYR", "RUS", "030")}),
        ("Russia's peace plan was accepted by Syria .", {("SYR", "RUS", "030")}),
        ("Iran accepted Iraq's invitation .", {("IRN", "IRQ", "036")}),
        ("Sudan accepted an invitation from Egypt .", {("SDN", "EGY", "036")}),
        ("Sudan accepted Egypt's mediation .", {("SDN", "EGY", "038")}),
        # an offer to mediate accepted: accepting mediation (038), not the intent to meet (036) root 04 refines to
        ("Syria accepted Russia's offer to mediate .", {("SYR", "RUS", "038")}),
        ("Sudan accepted Egypt's offer of mediation .", {("SDN", "EGY", "038")}),
    ],
)
def test_accepted_proposal_is_intent_toward_its_owner(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the proposal names its act: that act's finer 03x, never overridden by 030 (rules 44, 47d)
        ("Syria accepted Russia's proposal to hold talks .", {("SYR", "RUS", "036")}),
        ("Syria accepted Russia's proposal for talks .", {("SYR", "RUS", "036")}),
        ("Syria accepted Russia's offer of talks .", {("SYR", "RUS", "036")}),
        ("Iraq accepted Jordan's offer of humanitarian aid .", {("IRQ", "JOR", "033")}),
        ("Japan accepted China's request to hold talks .", {("JPN", "CHN", "036")}),
        ("Syria accepted Russia's invitation to visit Moscow .", {("SYR", "RUS", "036")}),
        # other acceptance phrases keep their codes
        ("Syria accepted Russia's demands .", {("SYR", "RUS", "083")}),
        # welcoming is as before; a peace plan rejected is a settlement refused, 127 (rule 208; before: 120)
        ("Syria rejected Russia's peace plan .", {("SYR", "RUS", "127")}),
        ("Syria welcomed Russia's peace plan .", {("SYR", "RUS", "051")}),
        # an offer welcomed by a party to it is taken up, as accepted (rule 131a; before: 051)
        ("Sudan welcomed Egypt's offer to mediate .", {("SDN", "EGY", "038")}),
        # a peace plan refused is rejected as a plan to settle the dispute (rule 253b: 127, 120 before)
        ("Syria refused to accept Russia's peace plan .", {("SYR", "RUS", "127")}),
        ("Iran refused to accept the proposal from France .", {("IRN", "FRA", "120")}),
    ],
)
def test_proposals_that_name_their_act_and_neighbours_keep_their_codes(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Syria accepted the plan .",  # no owner named: no target
        "Syria did not accept Russia's peace plan .",  # negated
        "Syria welcomed the plan .",
    ],
)
def test_no_owner_or_negated_acceptance_asserts_nothing(rules_nlp: Language, text: str) -> None:
    assert coded(rules_nlp, text)[1] == set()


def test_accepted_ceasefire_proposal_is_left_to_its_act(rules_nlp: Language) -> None:
    # a compound trigger names the act proposed: not read as the bare 030
    assert ("SYR", "RUS", "030") not in asserted(rules_nlp, "Syria accepted Russia's ceasefire proposal .")


# -- 99b: "until" a named party acts, on a coercive act stated under "will" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 155: codebook 134 "Threaten to halt negotiations" (was 131)
        ("Pakistan will boycott the talks until India releases the prisoners .", {("PAK", "IND", "134")}),
        # rule 155: codebook 1312 "Threaten to boycott, embargo, or sanction" (was 131)
        ("Iran will boycott the conference until the United States lifts its sanctions .", {("IRN", "USA", "1312")}),
        # rule 155: codebook 1311 "Threaten to reduce or stop aid" (was 131); rule 163e-f: gas supplies and trade
        # cut are the embargo family (163), threatened 1312 (were 1311 and 131)
        ("Russia will cut gas supplies to Ukraine until Kyiv pays its debts .", {("RUS", "UKR", "1312")}),
        ("Turkey will suspend trade with Israel until Israel ends the war .", {("TUR", "ISR", "1312")}),
        # rule 155: codebook 134 "Threaten to halt negotiations" (was 131)
        ("Pakistan said it would boycott the talks until India released the prisoners .", {("PAK", "IND", "134")}),
    ],
)
def test_until_a_party_acts_is_a_condition_on_it(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event, or the reduction asserted (162 / 160)


@pytest.mark.parametrize(
    ("until", "unless"),
    [
        (
            "Pakistan will boycott the talks until India releases the prisoners .",
            "Pakistan will boycott the talks unless India releases the prisoners .",
        ),
        (
            "Russia will cut gas supplies to Ukraine until Kyiv pays its debts .",
            "Russia will cut gas supplies to Ukraine unless Kyiv pays its debts .",
        ),
    ],
)
def test_until_and_unless_agree_on_coercive_acts(rules_nlp: Language, until: str, unless: str) -> None:
    assert asserted(rules_nlp, until) == asserted(rules_nlp, unless)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until" naming no party says how long; rule 163g: a reduction stated under "will" is threatened as "will
        # impose sanctions" is (rule 148), and gas supplies or trade cut are the embargo family (rule 163e-f: 1312;
        # before, 162 and 160 asserted as done)
        ("Russia will cut gas supplies to Ukraine until the war ends .", {("RUS", "UKR", "1312")}),
        ("Russia will cut gas supplies to Ukraine until the end of the winter .", {("RUS", "UKR", "1312")}),
        ("Turkey will suspend trade with Israel until a ceasefire is reached .", {("TUR", "ISR", "1312")}),
        # cooperation for a time is no threat
        ("The United States will provide aid to Ukraine until Russia withdraws .", {("USA", "UKR", "033")}),
        ("Egypt will support Sudan until the rebels surrender .", {("EGY", "SDN", "030")}),
        # a done boycott is no threat
        ("Pakistan boycotted the talks until India released the prisoners .", set()),
    ],
)
def test_until_as_time_or_on_cooperation_is_unchanged(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 99c: a passive comment on an act with a "by" doer ------------------------------------------------------------


@pytest.mark.parametrize(
    ("passive", "active"),
    [
        (
            "The visit to Taiwan by US lawmakers was condemned by China .",
            "China condemned the visit to Taiwan by US lawmakers .",
        ),
        (
            "The attack on Israel by Hamas was condemned by Egypt .",
            "Egypt condemned the attack on Israel by Hamas .",
        ),
        (
            "The invasion of Ukraine by Russia was condemned by France .",
            "France condemned the invasion of Ukraine by Russia .",
        ),
    ],
)
def test_passive_comment_reads_as_its_active(rules_nlp: Language, passive: str, active: str) -> None:
    assert asserted(rules_nlp, passive) == asserted(rules_nlp, active)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visit to Taiwan by US lawmakers was condemned by China .", {("CHN", "USA", "111")}),
        ("A visit to Taiwan by American lawmakers was criticized by China .", {("CHN", "USA", "111")}),
        ("The invasion of Ukraine by Russia was condemned by France .", {("FRA", "RUS", "111")}),
    ],
)
def test_passive_comment_aimed_at_the_doer(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: toward the act's own target (TWN, UKR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no "by" doer on the act: the act's party, as before
        ("The visit to Taiwan was condemned by China .", {("CHN", "TWN", "111")}),
        ("The US lawmakers' visit to Taiwan was condemned by China .", {("CHN", "USA", "111")}),
        # no commenter: the act itself
        ("The visit to Taiwan by US lawmakers was condemned .", {("USA", "TWN", "042")}),
    ],
)
def test_passive_comment_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
