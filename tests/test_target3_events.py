"""The verb "target" with a physical object as an attack (issue 14, session 25; docs/events.md rule 160).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A bare state
that "targets" people or forces of an armed side (commanders, fighters, troops, forces), ships or vessels of
another country uses force (190; with a drone or an air means 195, rule 119c); the non-violent senses ("targeted
sanctions", "sanctions targeting Y's banks", "targeted voters", "a target of criticism", "set a target") stay out.
The expected codes were written before the coder ran.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

# (sentence, source, expected code): the source's force event toward anyone
ATTACKS: list[tuple[str, str, str]] = [
    ("Israel targets Hezbollah commanders in Lebanon .", "ISR", "190"),
    ("Israel targeted Hamas fighters in Gaza .", "ISR", "190"),
    ("Russia targeted Ukrainian troops near Bakhmut .", "RUS", "190"),
    ("Ukraine targeted Russian forces in Crimea .", "UKR", "190"),
    ("Russia targeted Ukrainian ships in the Black Sea .", "RUS", "190"),
    ("Israel targeted an Iranian convoy in Syria .", "ISR", "190"),
    ("Russia targeted Ukrainian military bases .", "RUS", "190"),
    ("Russia targeted Ukrainian cities .", "RUS", "190"),
    ("Iran targeted US bases in Iraq .", "IRN", "190"),
    ("Ukraine targeted Russian oil facilities .", "UKR", "190"),
    ("Israel targeted Hezbollah positions in southern Lebanon .", "ISR", "190"),
    ("Hezbollah commanders were targeted by Israel .", "ISR", "190"),
    ("Russia targeted Ukrainian soldiers with drones .", "RUS", "195"),
    ("Israel targeted Hamas commanders in an air strike .", "ISR", "195"),
    ("Russia targeted Ukrainian power plants in a drone attack .", "RUS", "195"),
    ("Ukraine targeted Russian vessels with drones .", "UKR", "195"),
]
ATTACK_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "source", "code"), table_cases(ATTACKS, ATTACK_XFAIL))  # type: ignore[misc]
def test_target_with_a_physical_object_is_an_attack(rules_nlp: Language, text: str, source: str, code: str) -> None:
    events = asserted(rules_nlp, text)
    force = {c for s, _, c in events if s == source and c[:2] in ("18", "19", "20")}
    assert force == {code}


# the non-violent senses: no force coded (whatever else the sentence is)
CONTROLS: list[str] = [
    "The EU adopted targeted sanctions against Russia .",
    "The US imposed sanctions targeting Russian banks .",
    "The campaign targeted voters in Ohio .",
    "Germany announced a targeting of investment in China .",
    "The minister became a target of criticism from Russia .",
    "France set a target for emissions cuts with Germany .",
    "The US targeted Chinese exporters with tariffs .",
    "China targeted American companies .",
    "The EU targeted Russian officials with sanctions .",
    # armed people, but a sanction's or a trade measure's target: the rule-119 guards keep them out
    "The US targeted Hamas commanders with sanctions .",
    "Washington targeted Russian forces in its latest sanctions .",
    # an armed actor that modifies a non-armed head is no armed object
    "The EU targeted the Russian army's suppliers .",
    "The EU targeted Russian military exports .",
]
CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text",), table_cases([(t,) for t in CONTROLS], CONTROL_XFAIL))  # type: ignore[misc]
def test_non_violent_targeting_is_no_force(rules_nlp: Language, text: str) -> None:
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in asserted(rules_nlp, text))


def test_sanctions_targeting_banks_keep_their_code(rules_nlp: Language) -> None:
    # the sanction reading (163 or none) is rule 119's; the change must not touch it
    codes = {c for _, _, c in asserted(rules_nlp, "The US imposed sanctions targeting Russian banks .")}
    assert not codes & {"190", "195"}
