"""Issue 13, session 30, newscausal33 (docs/causal.md round 74): a seventh table of made-up sentences in the style of
2025 news, this one on political and military causal claims (an offensive -> a withdrawal, a refusal -> a walkout,
strikes -> retaliation, a ceasefire's collapse -> fears), with the usual markers ("prompted", "led", "forced",
"sparked", "triggered", "in retaliation for", "in response to", "over", "after", "following", "because of", "due
to", "amid", "on the back of", "as a result of", "caused", "drove"), each with the cause -> effect pairs a careful
reader would mark, written before the stage was run, and controls that must give no claim: an offensive launched,
talks held, a refusal stated, a strike reported, a vote, a visit, a future summit, a temporal "before". None is copied
from an evaluation set. A row passes when every expected pair is matched by one claim and no claim is left over, a
match being the scorer's (``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and the effect). Rows
the shipped stage does not get are strict xfails with the general reason. Round 74's rule (``leave_result_verbs``:
"leave" with an object and the state it is left in, "left Ukraine short of missiles", "left millions without
electricity", "left three students injured", is a causal verb of the rules; the actor checks still read the subject)
takes the "left Ukraine short" row; the before and after counts are in docs/causal.md round 74 and BENCHMARKS.md.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    extractor_with,
    news_table_tests,
    pairs,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The Russian offensive near Pokrovsk prompted Kyiv to send reinforcements to the front.",
        [("The Russian offensive near Pokrovsk", "Kyiv to send reinforcements to the front")],
    ),
    (
        "Hamas's refusal to disarm led Israel to resume its strikes on Gaza.",
        [("Hamas's refusal to disarm", "Israel to resume its strikes on Gaza")],
    ),
    (
        "Russia launched a massive drone attack on Kyiv in retaliation for strikes on its refineries.",
        [("strikes on its refineries", "Russia launched a massive drone attack on Kyiv")],
    ),
    (
        "The collapse of the ceasefire sparked fears of a wider war in the region.",
        [("The collapse of the ceasefire", "fears of a wider war in the region")],
    ),
    (
        "The talks collapsed after Moscow refused to accept a ceasefire.",
        [("Moscow refused to accept a ceasefire", "The talks collapsed")],
    ),
    (
        "Thousands of civilians fled the town because of the heavy shelling.",
        [("the heavy shelling", "Thousands of civilians fled the town")],
    ),
    (
        "The army withdrew from the village due to a shortage of ammunition.",
        [("a shortage of ammunition", "The army withdrew from the village")],
    ),
    (
        "The drone strike on the power plant caused blackouts across eastern Ukraine.",
        [("The drone strike on the power plant", "blackouts across eastern Ukraine")],
    ),
    (
        "Israel closed the Rafah crossing following an attack on its troops.",
        [("an attack on its troops", "Israel closed the Rafah crossing")],
    ),
    (
        "The killing of the general triggered a wave of protests in the capital.",
        [("The killing of the general", "a wave of protests in the capital")],
    ),
    (
        "Heavy fighting forced aid agencies to suspend deliveries to El Fasher.",
        [("Heavy fighting", "aid agencies to suspend deliveries to El Fasher")],
    ),
    (
        "India suspended the water treaty in response to the attack in Kashmir.",
        [("the attack in Kashmir", "India suspended the water treaty")],
    ),
    (
        "The government fell as a result of the no-confidence vote.",
        [("the no-confidence vote", "The government fell")],
    ),
    (
        "The opposition boycotted the election over the arrest of its leader.",
        [("the arrest of its leader", "The opposition boycotted the election")],
    ),
    (
        "Talks between the two sides broke down over the fate of the occupied territories.",
        [("the fate of the occupied territories", "Talks between the two sides broke down")],
    ),
    (
        "The rebels seized the city on the back of a rapid advance through the north.",
        [("a rapid advance through the north", "The rebels seized the city")],
    ),
    (
        "The minister resigned amid criticism of the army's conduct in the war.",
        [("criticism of the army's conduct in the war", "The minister resigned")],
    ),
    (
        "The border clashes drove thousands of families from their homes.",
        [("The border clashes", "thousands of families from their homes")],
    ),
    (
        "The president declared martial law to stop the opposition from taking power.",
        [("stop the opposition from taking power", "The president declared martial law")],
    ),
    (
        "The embassy was evacuated after militants stormed the compound.",
        [("militants stormed the compound", "The embassy was evacuated")],
    ),
    (
        "Washington's decision to halt arms deliveries left Ukraine short of air defence missiles.",
        [("Washington's decision to halt arms deliveries", "Ukraine short of air defence missiles")],
    ),
    (
        "Pakistan's airstrikes in Afghanistan led to a sharp rise in tensions between the neighbours.",
        [("Pakistan's airstrikes in Afghanistan", "a sharp rise in tensions between the neighbours")],
    ),
]

CONTROLS: list[str] = [
    "Russia launched a new offensive near Pokrovsk in the spring.",
    "Delegations from Kyiv and Moscow held talks in Istanbul on Friday.",
    "Hamas said it would not disarm.",
    "Ukrainian drones struck an airfield in Crimea overnight.",
    "Parliament voted on the budget on Tuesday.",
    "The foreign minister visited Beijing last week.",
    "The leaders will meet in Alaska next month.",
    "The ceasefire was signed before the holidays.",
    "The army said its troops had taken the village.",
    "Israel and Hamas exchanged hostages and prisoners in October.",
    "The general was killed in a drone strike on his car.",
]

XFAIL_CAUSAL: dict[int, str] = {
    10: "the parser reads 'Heavy fighting forced aid agencies' as one noun phrase ('forced' an adjective), so the"
    " rule for 'force' never sees its subject and object; the span tagger's complement split ('to suspend ... ->"
    " Heavy fighting forced aid agencies') stands (with or without round 74)",
    16: "'amid' sets a scene and makes no marker pair (markers.yml `scene_connectives`, round 11; the implicit split"
    " reads it only for a worry noun, and 'criticism' is none): no claim (with or without round 74)",
    18: "a purpose 'to stop X from doing Y' after a clause with its own object gives no claim: the scorer is unsure and"
    " the purpose rule does not split it (with or without round 74)",
}
XFAIL_CONTROLS: dict[int, str] = {
    10: "'killed in a drone strike' gives 'a drone strike on his car -> The general was killed', a reading CNC train"
    " itself marks ('were killed in a Naxal attack'): the control was written too strictly; kept as written"
    " (with or without round 74)",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=33, switches=("leave_result_verbs",)
)


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The clash left at least three students injured.", "The clash", "left at least three students injured"),
        ("The earthquake left thousands homeless.", "The earthquake", "left thousands homeless"),
        (
            "Russian strikes on the power grid left millions of people without electricity.",
            "Russian strikes on the power grid",
            "left millions of people without electricity",
        ),
        (
            "Washington's decision to halt arms deliveries left Ukraine short of air defence missiles.",
            "Washington's decision to halt arms deliveries",
            "left Ukraine short of air defence missiles",
        ),
    ],
)
def test_leave_with_a_state_gives_a_claim_only_when_on(parse: Language, text: str, cause: str, effect: str) -> None:
    on = extractor_with(shipped=True, leave_result_verbs=True)
    off = extractor_with(shipped=True, leave_result_verbs=False)
    assert [(c, e) for c, e, _ in pairs(parse, on, text)] == [(cause, effect)]
    assert pairs(parse, off, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister left the meeting early.",
        "He left the children at home.",
        "The army left the town without a fight.",
        "The police left no stone unturned in the search.",
        "The blasts rocked the city, leaving six dead and 80 injured.",
    ],
)
def test_leave_without_a_state_or_as_a_participle_gives_no_new_claim(parse: Language, text: str) -> None:
    on = extractor_with(shipped=True, leave_result_verbs=True)
    off = extractor_with(shipped=True, leave_result_verbs=False)
    assert pairs(parse, on, text) == pairs(parse, off, text)
