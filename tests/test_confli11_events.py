"""A reporting speaker after the clause, force "from" a party named by a gerund, and "hit" with a means of force
(issue 14, session 15; docs/events.md rule 50).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
classes gave no event (or a wrong one) before rule 50; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 50a: a speaker after the reported clause binds its "its" as one before it does (fixed) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian forces killed two of its soldiers , Turkey said .", ("SYR", "TUR", "190")),
        ("Iraqi forces arrested ten of its citizens , Iran said .", ("IRQ", "IRN", "173")),
        ("Palestinian gunmen attacked its embassy , Israel said .", ("PSE", "ISR", "190")),
        ("Russian forces shelled its positions , Ukraine 's military said .", ("RUS", "UKR", "194")),
        ("Syrian forces killed two of its soldiers , said Turkey .", ("SYR", "TUR", "190")),
    ],
)
def test_a_speaker_after_the_clause_owns_its_pronoun(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker before the clause: rules 47e and 49b, unchanged
        ("Turkey said Syrian forces killed two of its soldiers .", {("SYR", "TUR", "190")}),
        ("Russia said its forces attacked Ukrainian positions .", {("RUS", "UKR", "190")}),
        # a subject that agrees keeps the pronoun its own; a plural speaker is no "it"
        ("Russia withdrew its troops from Syria , officials said .", {("RUS", "SYR", "0874")}),
        ("Syria killed its own soldiers , Turkey said .", set()),
        ("Syrian forces killed two of its soldiers , the rebels said .", set()),
        ("Russian forces attacked its positions , the Ukrainian soldiers said .", set()),
        ("Two of its soldiers were killed in the attack , Turkey said .", set()),
        # a subject's "its" before any actor is left to an earlier sentence, not bound forward to the speaker
        ("Two of its soldiers were killed by Syrian forces , Turkey said .", set()),
        ("Its forces attacked Ukrainian positions , Russia said .", set()),
        ("Iran seized a tanker . Its forces attacked American troops , Britain said .", set()),
    ],
)
def test_trailing_speakers_whose_reading_must_not_move(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 50b: a gerund subject's "from" phrase names the attacker (fixed) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling from Syria killed two Turkish soldiers .", ("SYR", "TUR", "194")),
        ("Shelling from Lebanon wounded three Israeli civilians .", ("LBN", "ISR", "194")),
    ],
)
def test_a_gerunds_from_phrase_names_the_attacker(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling by Syria killed two Turkish soldiers .", {("SYR", "TUR", "194")}),
        ("Shelling from the north killed two Turkish soldiers .", set()),
        ("An attack from Syria killed two Turkish soldiers .", {("SYR", "TUR", "190")}),
        ("Troops from Chad arrived in Mali .", {("TCD", "MLI", "150")}),
    ],
)
def test_gerund_and_from_readings_that_must_not_move(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 50c: "hit" with a means of force is an act of force (fixed) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: the weapon noun read as arms supplied (072)
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Russian missiles hit Kyiv .", ("RUS", "UKR", "194")),
        ("Russian missiles and drones hit Ukrainian cities .", ("RUS", "UKR", "195")),  # drones: 195 (rule 119c)
        # before: no event
        ("Israel hit Hezbollah targets with air strikes .", ("ISR", "LBN", "195")),  # aerial means: 195 (rule 119c)
        ("Russian forces hit Ukrainian positions with artillery .", ("RUS", "UKR", "190")),
        ("Kyiv was hit by Russian drones .", ("RUS", "UKR", "195")),  # aerial means: 195 (rule 119c)
        ("Israeli strikes hit a school in Gaza .", ("ISR", "PSE", "190")),
    ],
)
def test_hit_by_a_means_of_force_is_force(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanctions hit the Russian economy .", set()),
        ("The Russian economy was hit by sanctions .", set()),
        ("The new tariffs hit Chinese exporters .", set()),
        ("Chinese exports hit a record high .", set()),
        ("The president hit back at critics in Congress .", set()),
        ("Russian troops hit back at Ukrainian forces .", set()),
        ("A general strike hit France .", set()),
        ("Israeli air strikes hit Gaza overnight .", {("ISR", "PSE", "195")}),
    ],
)
def test_hit_readings_that_must_not_move(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
