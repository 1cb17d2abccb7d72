"""Issue 13, session 35, newscausal47 (docs/causal.md round 90): a twentieth table of made-up sentences in the style
of 2025 news, on an indirect question read as a cause. A clause opened by a question word that is what a verb says,
asks or leaves open ("did not say | when the border would reopen", "did not specify the size of the loan, whether X
must repay it, or when Y would arrive") asks about an act; it names none that took place, so it causes nothing. Rows
beside them keep their claims: a "when" clause of an act that did take place ("Prices rose sharply when the government
cut fuel subsidies") and a plain reason given for not saying ("because the two sides are still divided"). Each row's
pairs were written before the stage was run; none is copied from an evaluation set. Rows the shipped stage does not
get are strict xfails with the general reason.
"""

from __future__ import annotations

from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Prices rose sharply when the government cut fuel subsidies.",
        [("the government cut fuel subsidies", "Prices rose sharply")],
    ),
    (
        "Farmers blocked the highway when the government refused to raise grain prices.",
        [("the government refused to raise grain prices", "Farmers blocked the highway")],
    ),
    (
        "The minister did not say when the talks would resume, because the two sides are still divided over the"
        " border.",
        [("the two sides are still divided over the border", "The minister did not say when the talks would resume")],
    ),
    (
        "Because the talks stalled, the ministry could not say when the border would reopen.",
        [("the talks stalled", "the ministry could not say when the border would reopen")],
    ),
]

CONTROLS: list[str] = [
    "The ministry's statement did not specify the size of the loan, whether Ghana must repay it in dollars, or when"
    " the first tranche would arrive.",
    "The army did not disclose how many soldiers were wounded or when the convoy came under fire.",
    "The envoy's letter did not explain the terms of the truce, whether Hamas would hand over its weapons, or when the"
    " crossings would open.",
    "The central bank did not say whether rates would rise again or when the new notes would be printed.",
    "Kyiv has not said who ordered the strike or why the power plant was targeted.",
    "The spokesman would not say when the troops would leave the border town.",
]
XFAIL_CAUSAL: dict[int, str] = {}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=10, switches=("indirect_question_causes",)
)


def test_an_indirect_question_is_no_cause_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[1]
    with settings_set(causal_nlp, indirect_question_causes=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, indirect_question_causes=True):
        assert claim_pairs(causal_nlp, text) == []
