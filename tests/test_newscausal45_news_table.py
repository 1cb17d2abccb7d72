"""Issue 13, session 35, newscausal45 (docs/causal.md round 88): an eighteenth table of made-up sentences in the style
of 2025 news, on a purpose infinitive whose act stands inside a relative clause whose pronoun was drawn out of an
object clause ("what appears to be a draft which the minister proposed | should be sent to lawmakers | to speed up the
vote"): the purpose is of the act it hangs on ("should be sent to lawmakers"), not of the infinitive above the
relative clause ("to be a draft which ..."). Rows beside them keep their purposes (an act with its own subject, a
passive reported clause), and controls whose prepositional phrase on a verb ("moving on several fronts", "working on
the text") names no cause. Each row's pairs were written before the stage was run; none is copied from an evaluation
set. Rows the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Reuters obtained a memo showing what appears to be a draft which the minister proposed should be sent to"
        " lawmakers to speed up the budget vote.",
        [("to speed up the budget vote", "should be sent to lawmakers")],
    ),
    (
        "Analysts are studying what looks to be a proposal which Paris argued should be published to get the stalled"
        " talks moving again.",
        [("to get the stalled talks moving again", "should be published")],
    ),
    (
        "The cable describes what seems to be a list which the ambassador insisted must be shared with allies to build"
        " support for the sanctions.",
        [("to build support for the sanctions", "must be shared with allies")],
    ),
    (
        "Police fired tear gas to disperse the crowd outside the parliament.",
        [("to disperse the crowd outside the parliament", "Police fired tear gas")],
    ),
    (
        "Traders closed their shops to join the strike to oppose the new fuel tax.",
        [("to join the strike", "Traders closed their shops"), ("to oppose the new fuel tax", "to join the strike")],
    ),
    (
        "The government released emergency funds to help farmers hit by the drought.",
        [("to help farmers hit by the drought", "The government released emergency funds")],
    ),
    (
        "Diplomats said the summit was delayed to give negotiators more time.",
        [("to give negotiators more time", "the summit was delayed")],
    ),
]

CONTROLS: list[str] = [
    "The ministers kept the process moving on several fronts last week.",
    "Both delegations spent Tuesday working on the text of the accord.",
    "The envoy wants the talks moving on trade before the holidays.",
]
XFAIL_CAUSAL: dict[int, str] = {}
XFAIL_CONTROLS: dict[int, str] = {
    2: "a verb of wanting with a small clause as its object: the last-resort subject split reads the wanter as the"
    " cause of wanting ('The envoy -> wants the talks moving ...'); no rule of this round touches a subject split",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=10, switches=("purpose_own_clauses",)
)


def test_the_purpose_is_of_its_own_act_only_when_on(causal_nlp: Language) -> None:
    text, want = CAUSAL[0]
    with settings_set(causal_nlp, purpose_own_clauses=False):
        assert claim_pairs(causal_nlp, text) != [("to speed up the budget vote", "should be sent to lawmakers")]
    with settings_set(causal_nlp, purpose_own_clauses=True):
        assert claim_pairs(causal_nlp, text) == want
