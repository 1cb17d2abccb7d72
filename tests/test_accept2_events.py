"""Conjoined proposals taken up, a truce proposal accepted, the intent to mediate against mediation accepted, forces
stated to go to a country (issue 14, session 22; docs/events.md rule 107).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before this rule
the second proposal gave no event or the first one's code (107a), a truce proposal accepted gave no event (107b),
mediation under a stated intent was 036 (107c) and "will send troops to Y" a threat of force, 138 (107d); the
neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 107a: each proposal taken up toward its own proposer ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the second noun on the verb as its conj: before, France got no event
        ("Syria accepted Russia's plan and France's offer .", {("SYR", "RUS", "030"), ("SYR", "FRA", "030")}),
        # an invitation and an offer: each its own code (before: IRN -> TUR 036 and a false TUR -> IRQ 030)
        ("Iran accepted Iraq's invitation and Turkey's offer .", {("IRN", "IRQ", "036"), ("IRN", "TUR", "030")}),
        # before: a false FRA -> RUS 030 beside the two acceptances
        (
            "Syria accepted Russia's peace plan and France's proposal .",
            {("SYR", "RUS", "030"), ("SYR", "FRA", "030")},
        ),
        (
            "Sudan accepted Egypt's ceasefire proposal and Qatar's invitation .",
            {("SDN", "EGY", "0356"), ("SDN", "QAT", "036")},
        ),
        (
            "Syria accepted a proposal from Russia and an offer from France .",
            {("SYR", "RUS", "030"), ("SYR", "FRA", "030")},
        ),
        # a second proposal naming its act keeps the act's finer code, toward its own proposer only
        ("Syria accepted Russia's plan and France's offer of aid .", {("SYR", "RUS", "030"), ("SYR", "FRA", "033")}),
    ],
)
def test_each_accepted_proposal_is_toward_its_own_proposer(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria accepted Russia's peace plan .", {("SYR", "RUS", "030")}),
        ("Iran accepted Iraq's invitation .", {("IRN", "IRQ", "036")}),
        ("Syria accepted Russia's offer of aid .", {("SYR", "RUS", "033")}),
        # two verbs: each its own act
        ("Syria accepted Russia's plan and rejected France's offer .", {("SYR", "RUS", "030"), ("SYR", "FRA", "120")}),
    ],
)
def test_one_proposal_and_two_verbs_are_as_before(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 107b: a truce proposal accepted ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria accepted Russia's ceasefire proposal .", {("SYR", "RUS", "0356")}),
        ("Hamas accepted a truce proposed by Egypt .", {("PSE", "EGY", "0356")}),
        ("Syria accepted the ceasefire proposed by Russia .", {("SYR", "RUS", "0356")}),
        ("Syria agreed to the ceasefire proposed by Russia .", {("SYR", "RUS", "0356")}),
        ("Syria accepted Russia's proposal for a ceasefire .", {("SYR", "RUS", "0356")}),  # before: 030
        ("Syria accepted a ceasefire proposal from Russia .", {("SYR", "RUS", "0356")}),
        ("Ukraine agreed to Turkey's ceasefire proposal .", {("UKR", "TUR", "0356")}),  # before: 030
        ("Russia's ceasefire proposal was accepted by Ukraine .", {("UKR", "RUS", "0356")}),
    ],
)
def test_an_accepted_truce_proposal_is_intent_to_de_escalate(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event unless noted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no proposer: rule 36's readings stand
        ("Syria agreed to a ceasefire in Ukraine .", {("SYR", "UKR", "0871")}),
        # rule 187: a truce agreed to with a named party is the subject's intent to de-escalate, one way
        ("Syria agreed to a ceasefire with Russia .", {("SYR", "RUS", "0356")}),
        # "agree to" a proposal naming no truce keeps the intent wrapper's reading
        ("Syria agreed to Russia's proposal .", {("SYR", "RUS", "030")}),
        ("Syria rejected Russia's ceasefire proposal .", {("SYR", "RUS", "1246")}),  # rule 187: 120 refined
        ("Syria did not accept Russia's ceasefire proposal .", set()),  # the negated 0356
    ],
)
def test_truces_without_a_proposer_are_as_before(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 107c: the intent to mediate (039) and mediation accepted (038) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar offered to mediate between Israel and Hamas .", {("QAT", "ISR", "039"), ("QAT", "PSE", "039")}),
        ("Egypt agreed to mediate between Sudan and Ethiopia .", {("EGY", "SDN", "039"), ("EGY", "ETH", "039")}),
        ("Norway is ready to mediate between Colombia and Venezuela .", {("NOR", "COL", "039"), ("NOR", "VEN", "039")}),
        ("Qatar offered its mediation between Israel and Hamas .", {("QAT", "ISR", "039"), ("QAT", "PSE", "039")}),
        # a mediation owned by another party, agreed to: taken up, 038, as "accepted Y's mediation" is
        ("Sudan agreed to US mediation .", {("SDN", "USA", "038")}),
        ("Ethiopia agreed to Kenya's mediation .", {("ETH", "KEN", "038")}),
        ("Sudan agreed to Egyptian mediation .", {("SDN", "EGY", "038")}),
        ("Sudan agreed to the mediation of Egypt .", {("SDN", "EGY", "038")}),
        ("Sudan accepted US mediation .", {("SDN", "USA", "038")}),
        ("Sudan accepted Egypt's offer to mediate .", {("SDN", "EGY", "038")}),
    ],
)
def test_offering_to_mediate_is_039_and_agreeing_to_mediation_038(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 036 for each intent wrapper


def test_mediation_itself_and_its_welcome_are_as_before(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Egypt mediated between Sudan and Ethiopia .") >= {
        ("EGY", "SDN", "045"),
        ("EGY", "ETH", "045"),
    }
    # the offer welcomed by a party to it is taken up (rule 131a; before: 051)
    assert asserted(rules_nlp, "Sudan welcomed Egypt's offer to mediate .") == {("SDN", "EGY", "038")}
    # a meeting agreed to is still the intent to meet
    assert asserted(rules_nlp, "Turkey offered to meet Armenia .") == {("TUR", "ARM", "036")}


# -- 107d: forces stated to go to a country ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia to send troops to Syria .", {("RUS", "SYR", "0312")}),
        ("Russia will send troops to Syria .", {("RUS", "SYR", "0312")}),
        ("Germany will deploy soldiers to Lithuania .", {("DEU", "LTU", "0312")}),
        ("France to send troops to Mali .", {("FRA", "MLI", "0312")}),
    ],
)
def test_forces_stated_to_go_to_a_country_are_military_cooperation(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 138, a threat of force


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hostile preposition, a purpose of force or no country received: still a threat of force
        ("Russia will send troops against Ukraine .", {("RUS", "UKR", "138")}),
        ("Russia will send troops into Ukraine .", {("RUS", "UKR", "138")}),
        ("Russia will send troops to Syria to fight the rebels .", {("RUS", "SYR", "138")}),
        ("Russia will send troops to the Syrian border .", {("RUS", "SYR", "138")}),
        ("China will send warships near Vietnam .", {("CHN", "VNM", "138")}),
        # done: a show of force as before (rule 25), the stated offer as before (rule 47d)
        ("Russia sent troops to Syria .", {("RUS", "SYR", "150")}),
        ("Brazil is willing to send troops to Haiti .", {("BRA", "HTI", "0312")}),
        ("Russia vowed to send troops against Georgia .", {("RUS", "GEO", "138")}),
    ],
)
def test_hostile_or_done_deployments_are_as_before(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
