"""Issue 13, session 30, newscausal34 (docs/causal.md round 75): an eighth table of made-up sentences in the style of
2025 news, this one on causal claims inside reported speech and hedged claims ("Peskov said the sanctions would only
harden Moscow's position", "analysts say the strikes have cut refining capacity", "X warned that Y could trigger Z",
"the move is likely to push prices higher", "critics argue the deal will embolden Moscow", "the new rules are expected
to reduce crossings"), each with the cause -> effect pairs a careful reader would mark, written before the stage was
run, and controls that must give no claim: a reported stance, a forecast with no cause, a schedule, a refusal to
comment, a claim of what an attack showed. None is copied from an evaluation set. A row passes when every expected
pair is matched by one claim and no claim is left over, a match being the scorer's (``../shared/eval/score.py``: token
Jaccard >= 0.5 on both the cause and the effect). Rows the shipped stage does not get are strict xfails with the
general reason. Round 75's rule (``prediction_turns``: a claim that reads the "to" infinitive of a head of prediction,
"the new rules are expected | to reduce crossings", "the tariffs are set | to hurt exporters", as the cause of its own
clause is turned, the subject the cause and the infinitive's verb phrase the effect) takes the "expected to reduce"
row; the before and after counts are in docs/causal.md round 75 and BENCHMARKS.md.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    claim_pairs,
    news_table_tests,
    settings_set,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Peskov said the sanctions would only harden Moscow's position.",
        [("the sanctions", "harden Moscow's position")],
    ),
    (
        "Analysts say the strikes have cut Russia's refining capacity.",
        [("the strikes", "Russia's refining capacity")],
    ),
    (
        "The IAEA warned that the shelling could trigger a nuclear accident at the plant.",
        [("the shelling", "a nuclear accident at the plant")],
    ),
    (
        "The move is likely to push oil prices higher.",
        [("The move", "oil prices higher")],
    ),
    (
        "Critics argue the deal will embolden Moscow.",
        [("the deal", "embolden Moscow")],
    ),
    (
        "Officials said the blackout was caused by a Russian missile strike on a substation.",
        [("a Russian missile strike on a substation", "the blackout")],
    ),
    (
        "Economists expect the tariffs to drive up prices for American consumers.",
        [("the tariffs", "prices for American consumers")],
    ),
    (
        "The ministry said the flights were cancelled because of drone activity near the airport.",
        [("drone activity near the airport", "the flights were cancelled")],
    ),
    (
        "Diplomats fear the collapse of the talks could lead to a new offensive.",
        [("the collapse of the talks", "a new offensive")],
    ),
    (
        "The central bank said the rate cut would help revive growth.",
        [("the rate cut", "revive growth")],
    ),
    (
        "Aid groups warned that the blockade could cause famine in northern Gaza.",
        [("the blockade", "famine in northern Gaza")],
    ),
    (
        "According to the UN, the fighting has forced more than 100,000 people to flee their homes.",
        [("the fighting", "more than 100,000 people to flee their homes")],
    ),
    (
        "Experts believe the sanctions have slowed Iran's nuclear programme.",
        [("the sanctions", "Iran's nuclear programme")],
    ),
    (
        "The opposition claims the election was postponed to keep the ruling party in power.",
        [("keep the ruling party in power", "the election was postponed")],
    ),
    (
        "Residents said the floods had destroyed hundreds of homes.",
        [("the floods", "hundreds of homes")],
    ),
    (
        "Observers say the ceasefire could collapse if the hostages are not released.",
        [("the hostages are not released", "the ceasefire could collapse")],
    ),
    (
        "The minister blamed the fuel shortages on Ukrainian drone strikes.",
        [("Ukrainian drone strikes", "the fuel shortages")],
    ),
    (
        "Beijing warned that the arms sale would damage relations with Washington.",
        [("the arms sale", "damage relations with Washington")],
    ),
    (
        "Police said the protest turned violent after officers fired tear gas.",
        [("officers fired tear gas", "the protest turned violent")],
    ),
    (
        "The report found that the cuts in aid had led to a rise in child malnutrition.",
        [("the cuts in aid", "a rise in child malnutrition")],
    ),
    (
        "Many investors worry that the trade war will trigger a global recession.",
        [("the trade war", "a global recession")],
    ),
    (
        "Kyiv says Russian attacks on the grid are meant to break Ukrainians' will to resist.",
        [("break Ukrainians' will to resist", "Russian attacks on the grid")],
    ),
    (
        "The new rules are expected to reduce migrant crossings in the Channel.",
        [("The new rules", "migrant crossings in the Channel")],
    ),
]

CONTROLS: list[str] = [
    "Peskov said the Kremlin was open to talks.",
    "Analysts say the talks will resume next week.",
    "The IAEA warned of a dangerous situation at the plant.",
    "Critics argue the deal is unfair to Ukraine.",
    "The ministry said 40 drones were shot down overnight.",
    "Officials said the president would visit Ankara in May.",
    "Economists expect inflation to stay above 3 percent this year.",
    "The spokesman declined to comment on the reports.",
    "Diplomats said the summit could take place in Geneva.",
    "Trump said he would speak to Putin on Tuesday.",
    "Zelensky said the attack showed that Moscow had no interest in peace.",
]
XFAIL_CAUSAL: dict[int, str] = {
    0: "'harden' is no causal verb of the rules (markers.yml `verbs`, `change_verbs`) and the scorer is unsure of the"
    " reported clause: no claim (with or without round 75)",
    1: "'cut' is no causal verb of the rules (an act: 'cut ties', 'cut the rate') and the scorer is unsure: no claim"
    " (with or without round 75)",
    3: "the rule for 'push' draws its effect from the subject's verb, so the hedge 'is likely to' stays in it ('The"
    " move -> is likely to push oil prices higher', Jaccard 3/7 with the object in its state); CNC train draws such an"
    " effect both ways (with or without round 75)",
    14: "'destroy' is an act verb of the events rules, no causal verb of the causal rules: no claim (with or without"
    " round 75)",
    16: "'blame X on Y' (the effect the object, the cause the 'on' phrase) is no construction of the rules: no claim"
    " (with or without round 75)",
    21: "'meant to' is no head of prediction (it states a purpose, as the row expects), but the purpose split draws the"
    " effect with 'are meant' and adds a second pair inside the infinitive (with or without round 75)",
}
XFAIL_CONTROLS: dict[int, str] = {
    6: "an active 'expect' with its own object ('Economists expect inflation | to stay above 3 percent') gives the"
    " span tagger's pair 'to stay above 3 percent this year -> inflation'; round 75 turns only a passive or adjective"
    " head's subject (with or without round 75)",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=34, switches=("prediction_turns",)
)


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (
            "The new rules are expected to reduce migrant crossings in the Channel.",
            ("to reduce migrant crossings in the Channel", "The new rules are expected"),
            ("The new rules", "reduce migrant crossings in the Channel"),
        ),
        (
            "The tariffs are set to hurt exporters.",
            ("hurt exporters", "The tariffs are set"),
            ("The tariffs", "hurt exporters"),
        ),
    ],
)
def test_a_predicted_subject_causes_its_infinitive_only_when_on(
    causal_nlp: Language, text: str, before: tuple[str, str], after: tuple[str, str]
) -> None:
    with settings_set(causal_nlp, prediction_turns=False):
        assert claim_pairs(causal_nlp, text) == [before]
    with settings_set(causal_nlp, prediction_turns=True):
        assert claim_pairs(causal_nlp, text) == [after]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Wang Yi is set to meet students to assure them of their safety.",
        "The minister is expected to visit the border region on Friday.",
        "They were expected to march to the parliament.",
        "Economists expect the tariffs to drive up prices for American consumers.",
    ],
)
def test_an_actor_or_an_active_expect_is_not_turned(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, prediction_turns=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, prediction_turns=True):
        assert claim_pairs(causal_nlp, text) == off
