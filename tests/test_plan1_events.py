"""The act sits in a noun or a nested clause (issue 14, session 23; docs/events.md rule 117).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``).

117a: a judgement (support, praise, criticism, rejection) of a plan, proposal, decision or move to do a hostile act
to Y was coded as a judgement of Y ("supports the plan to sanction Y" 050 toward Y, "rejected the proposal to impose
sanctions on Y" 1244 toward Y). 117b: "its" on an act noun inside a to-infinitive complement of an object-control
verb named the verb's subject ("X pushed Y to stop its attacks on Z" was X's attacks).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import asserted

# -- 117a: supporting a plan of a called-for measure with no owner named is disapproval of the measure's target ---


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Italy supports the plan to sanction Moscow .", ("ITA", "RUS")),
        ("Germany backed the proposal to impose new sanctions on Iran .", ("DEU", "IRN")),
        ("Poland welcomed the move to expel Russian diplomats .", ("POL", "RUS")),
        ("Italy supports the decision to impose sanctions on Russia .", ("ITA", "RUS")),
        # a reduction of cooperation supported is a stand against its party, as a sanction is
        ("Italy supports the plan to suspend aid to Egypt .", ("ITA", "EGY")),
        # the measure noun itself as the object, as rule 76c's "called for sanctions on Y"
        ("Italy supports sanctions on Russia .", ("ITA", "RUS")),
        ("Italy backed new sanctions against Iran .", ("ITA", "IRN")),
    ],
)
def test_supported_measure_plan_is_disapproval_of_its_target(
    rules_nlp: Language, text: str, dyad: tuple[str, str]
) -> None:
    events = asserted(rules_nlp, text)
    assert (*dyad, "111") in events  # before: 050 / 051, support of the party to be sanctioned
    assert not any(c.startswith("05") for _, _, c in events)


def test_supporting_and_calling_for_sanctions_agree(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Italy supports sanctions on Russia .") == asserted(
        rules_nlp, "Italy called for sanctions on Russia ."
    )


@pytest.mark.parametrize(
    "text",
    [
        # opposing or rejecting a hostile plan is no rejection of its target (before: 1244 / 120 toward Y)
        "Spain rejected the proposal to impose sanctions on Israel .",
        "Austria opposed the plan to cut aid to Turkey .",
        "Hungary opposes sanctions on Russia .",
        "China condemned sanctions on North Korea .",
        # an owner named by a possessive pronoun: the judgement is aimed at the unresolved owner (rule 116b)
        "Italy supports their plan to sanction Moscow .",
        "Italy supports their sanctions on Russia .",
    ],
)
def test_judged_hostile_plan_with_no_named_owner_is_no_event_toward_its_target(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named owner stays the judgement's target, as before (a plan, proposal or decision supported or backed
        # is endorsed, 051, as "endorsed the plan" is: docs/events.md rule 171; before, the verb's 050)
        ("Italy supports Washington's plan to sanction Moscow .", ("ITA", "USA", "051")),
        ("Italy supports the US plan to sanction Moscow .", ("ITA", "USA", "051")),
        ("Germany backed France's proposal to impose new sanctions on Iran .", ("DEU", "FRA", "051")),
        ("Hungary opposed the EU's decision to send weapons to Kyiv .", ("HUN", "IGO", "120")),
        ("Poland welcomed Britain's move to expel Russian diplomats .", ("POL", "GBR", "051")),
        ("Italy welcomed EU sanctions on Russia .", ("ITA", "IGO", "051")),
        # a cooperative act planned: the judgement agrees with the act, unchanged
        ("Japan endorsed the plan to send aid to Ukraine .", ("JPN", "UKR", "051")),
        ("Hungary opposed the decision to send weapons to Ukraine .", ("HUN", "UKR", "120")),
        # a reduction read as what it eases (rule 76d) is no hostile act: a halted offensive, suspended sanctions
        ("Italy welcomed the decision to halt the offensive against Gaza .", ("ITA", "PSE", "051")),
        ("Italy supports the decision to suspend sanctions on Syria .", ("ITA", "SYR", "051")),
    ],
)
def test_named_owner_or_cooperative_plan_unchanged(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    events = asserted(rules_nlp, text)
    assert expected in events
    assert not any(c == "111" for _, _, c in events)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany rejected France's proposal to impose new sanctions on Iran .", ("DEU", "FRA")),
        ("Iran rejected the US decision to attack Syria .", ("IRN", "USA")),
    ],
)
def test_rejected_hostile_plan_of_a_named_owner_is_a_plain_rejection(
    rules_nlp: Language, text: str, dyad: tuple[str, str]
) -> None:
    assert asserted(rules_nlp, text) == {(*dyad, "120")}  # before: 1244 / 1246, a refusal to ease or de-escalate


# -- 117b: "its" inside a to-infinitive complement of an object-control verb is the controlled party's -----------


def all_events(nlp: Language, text: str) -> set[tuple[str, str, str, bool]]:
    """(source, target, code, negated) of every event of ``text``, asserted or not, actors on their primary code."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {(primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"]), bool(e["negated"])) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        # "stop" is a reduce verb since rule 170: the stopping is Russia's and only pressed for (rule 175), not
        # France's asserted 087 (as the reduce wrapper read it before rule 175)
        "France pushed Russia to stop its attacks on Ukraine .",
        "Russia was pushed to stop its attacks on Ukraine .",
    ],
)
def test_possessive_in_controlled_clause_is_the_pushed_party(rules_nlp: Language, text: str) -> None:
    events = all_events(rules_nlp, text)
    assert ("RUS", "UKR", "087", False) in events  # before: FRA -> UKR 190 (negated), "its" read as France
    assert ("RUS", "UKR", "087") not in asserted(rules_nlp, text)  # pressed for, not done (rule 175)
    assert not any(s == "FRA" and t == "UKR" for s, t, _, _ in events)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("France urged Russia to stop its attacks on Ukraine .", ("FRA", "RUS")),
        ("Germany called on Turkey to end its strikes on Syria .", ("DEU", "TUR")),
        ("The United States urged Israel to halt its offensive in Gaza .", ("USA", "ISR")),
        ("The EU asked Serbia to end its blockade of Kosovo .", ("IGO", "SRB")),
        ("France pressured Russia to explain its attacks on Ukraine .", ("FRA", "RUS")),
    ],
)
def test_appeal_is_aimed_at_the_urged_party(rules_nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert {(s, t) for s, t, _ in events} == {dyad}
    assert all(c[:2] in ("02", "10") for _, _, c in events)


def test_own_subject_possessive_unchanged(rules_nlp: Language) -> None:
    # no object-control verb: "its" is still the clause subject's (rule 10)
    assert ("FRA", "RUS", "085") in asserted(rules_nlp, "France pushed to end its sanctions on Russia .")
