"""Statements about an act read as the act: an option weighed, one's own act of force claimed (issue 14, session 17;
docs/events.md rule 61).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 61 a
cooperative act weighed was coded as the intent to it (03x, verbal cooperation) and a claimed act of force as the
act alone; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded


def full(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """The asserted events of ``text`` with their whole CAMEO codes."""
    return coded(nlp, text, root=False)[1]


# -- 61a: a cooperative act weighed is CAMEO 014, "consider policy option" (fixed) --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway is considering sending food aid to Chad .", ("NOR", "TCD", "014")),
        ("Portugal is weighing a visit to Angola .", ("PRT", "AGO", "014")),
        ("Chile is mulling talks with Peru .", ("CHL", "PER", "014")),
        ("Austria considered sending medical supplies to Serbia .", ("AUT", "SRB", "014")),
    ],
)
def test_a_cooperative_act_weighed_is_a_policy_option_considered(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    events = full(rules_nlp, text)
    assert expected in events  # before: 033 / 036 (intent to cooperate)
    assert not any(code.startswith("03") for _, _, code in events)


def test_a_wish_or_plan_still_states_intent(rules_nlp: Language) -> None:
    assert ("NOR", "TCD", "033") in full(rules_nlp, "Norway plans to send food aid to Chad .")
    assert ("CHL", "PER", "036") in full(rules_nlp, "Chile wants to hold talks with Peru .")


def test_weighing_a_sanction_stays_hypothetical(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Norway is considering imposing sanctions on Chad .")
    assert not any(s == "NOR" and t == "TCD" for s, t, _ in events)


# -- 61b: one's own act of force claimed is also the claim, CAMEO 015 (fixed) -------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The rebels claimed that they had attacked a Malian army base .", "190"),
        ("Al-Shabaab claimed it had attacked Kenya .", "190"),
        ("The militants claimed responsibility for the attack on the Nigerian army 's barracks .", "190"),
        ("Al-Qaeda claimed responsibility for the bombings that killed 20 Iraqi policemen .", "183"),
    ],
)
def test_a_claimed_own_act_of_force_is_also_the_claim(rules_nlp: Language, text: str, act: str) -> None:
    events = full(rules_nlp, text)
    claims = {(s, t) for s, t, code in events if code == "015"}
    acts = {(s, t) for s, t, code in events if code == act}
    assert acts  # the act is still asserted (rule 33)
    assert claims == acts  # before: the act alone


def test_another_partys_act_claimed_is_no_claim_of_responsibility(rules_nlp: Language) -> None:
    events = full(rules_nlp, "Egypt claimed that Hamas had attacked Israel .")
    assert not any(code == "015" for _, _, code in events)


def test_a_claimed_meeting_or_a_denied_attack_adds_no_claim(rules_nlp: Language) -> None:
    assert not any(code == "015" for _, _, code in full(rules_nlp, "Hamas claimed that it had met Egypt ."))
    events = full(rules_nlp, "The rebels denied that they had attacked a Malian army base .")
    assert not any(code == "015" for _, _, code in events)


def test_a_claimed_responsibility_is_coded_once(rules_nlp: Language) -> None:
    events = full(rules_nlp, "Hamas claimed responsibility for the attack in Israel .")
    assert sum(code == "015" for _, _, code in events) == 1
