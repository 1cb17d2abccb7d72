"""Issue 13, session 35, newscausal48 (docs/causal.md round 91): a twenty-first table of made-up sentences in the style
of 2025 news, on a descriptive modifier read as a cause. A participle or adjective phrase set off by commas after the
noun it describes ("Hamas's latest proposal, | calling for a full withdrawal, | was the main obstacle") tells what the
noun is or does; it is no reason for its clause, and the span tagger's pair that takes it as the cause goes. Rows
beside them keep their claims: a modifier whose head is a causal verb ("The floods, caused by days of rain, ...") and
plain subjects that cause what their verb says. Rows the shipped stage does not get are strict xfails with the general
reason. None is copied from an evaluation set.
"""

from __future__ import annotations

from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The floods, caused by days of torrential rain, forced 20,000 people from their homes.",
        [("days of torrential rain", "The floods"), ("The floods", "forced 20,000 people from their homes")],
    ),
    (
        "The blockade, imposed by the navy in March, has caused severe shortages of fuel in the port city.",
        [("The blockade", "severe shortages of fuel in the port city")],
    ),
    (
        "The storm, packing winds of 200 kilometres an hour, killed at least 40 people.",
        [("The storm", "killed at least 40 people")],
    ),
    (
        "Protesters, angry over the fuel price rise, blocked the main highway into the capital.",
        [("the fuel price rise", "Protesters blocked the main highway into the capital")],
    ),
]

CONTROLS: list[str] = [
    "Hamas's latest proposal, calling for a full Israeli withdrawal from Gaza, was the main obstacle in the talks.",
    "Beijing's demand, seeking an end to all arms sales to Taiwan, was the main point of friction at the summit.",
    "The hypersonic glide vehicle, able to change course in flight, could evade most air defence systems in Europe.",
    "The aid ship, carrying 2,000 tonnes of flour, docked in Port Sudan on Sunday.",
    "Iran's negotiating stance, insisting on its right to enrich uranium, remains the main point of dispute.",
    "The pipeline deal would also show how dependent Moscow has become on Beijing, as Russia copes with Western"
    " export controls.",
]
XFAIL_CAUSAL: dict[int, str] = {}
XFAIL_CONTROLS: dict[int, str] = {
    4: "the parse hangs the participle on the verb, not on its noun: no descriptive modifier is found",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=10, switches=("descriptive_modifier_causes",)
)


def test_a_descriptive_modifier_is_no_cause_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[0]
    with settings_set(causal_nlp, descriptive_modifier_causes=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, descriptive_modifier_causes=True):
        assert claim_pairs(causal_nlp, text) == []
