"""An allowed act is not the allower's own; a forecast names its act only in its complement verb (issue 14, session
23; docs/events.md rules 128a, 128b).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule
128a "Israel allowed the delivery of aid to Gaza" coded the allowing (0863) and also aid given by Israel (070);
before rule 128b "Biden and Putin are expected to outline the outcomes of their discussions" coded a hypothetical
meeting of the two (rule 125a's forecast subject reaching a trigger noun inside "outline"'s object).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, unnegated_events

# -- 128a: the act an allowing verb allows is not the allower's own (fixed) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: also ISR -> PSE 070 (the allowed aid asserted as Israel's)
        ("Israel allowed the delivery of aid to Gaza .", {("ISR", "PSE", "0863")}),
        ("Egypt permitted the delivery of food and medicine to Sudan .", {("EGY", "SDN", "0863")}),
        # before: ISR -> PSE 072 (the allowed shipment read as Israel's own)
        ("Israel allowed the shipment of fuel to Gaza .", set()),
        # before: ISR -> LBN 150 (the allowed deployment read as Israel's own)
        ("Israel permitted the deployment of troops to Lebanon .", set()),
    ],
)
def test_allowed_act_is_not_the_allowers(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the allowed aid as the verb's own object: the phrase codes the allowing alone, as before
        ("Israel allowed aid to Gaza .", {("ISR", "PSE", "0863")}),
        ("Jordan opened the crossing to allow the delivery of food to Syria .", {("JOR", "SYR", "0863")}),
        # an act naming its own doer is that doer's, as rule 127a leaves it
        ("Turkey allowed a Russian attack on Syria .", {("RUS", "SYR", "190")}),
        # aid not under an allowing verb stays aid
        ("Germany delivered aid to Gaza .", {("DEU", "PSE", "070")}),
        # a refusal to allow stays the refusal
        # rule 155: codebook 1245 "Refuse to allow international involvement (non mediation)" (was 124)
        ("Israel refused to allow the delivery of aid to Gaza .", {("ISR", "PSE", "1245")}),
    ],
)
def test_allow_neighbours_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 128b: a forecast's subject takes only a complement that is the act (fixed) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # before: USAGOV <-> RUSGOV 040, hypothetical
        "Biden and Putin are expected to outline the outcomes of their discussions .",
        "Biden and Putin are expected to announce the results of their talks .",
    ],
)
def test_trigger_in_a_non_trigger_complements_object_is_not_forecast(rules_nlp: Language, text: str) -> None:
    assert not any(code.startswith("04") and hyp for _, _, code, hyp in unnegated_events(rules_nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 125a kept: the complement is a trigger, or its direct object is one
        ("The Chinese foreign minister is expected to visit Canberra .", {("CHN", "AUS", "042", True)}),
        ("Putin is expected to hold talks with Erdogan .", {("RUS", "TUR", "040", True), ("TUR", "RUS", "040", True)}),
        (
            "Russia is expected to sign an agreement with China .",
            {("RUS", "CHN", "057", True), ("CHN", "RUS", "057", True)},
        ),
    ],
)
def test_forecast_of_the_act_itself_kept(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert unnegated_events(rules_nlp, text) == expected
