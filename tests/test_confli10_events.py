"""Measures on parties named only through an affiliation, and a singular "its" in an object whose clause subject
is plural (issue 14, session 15; docs/events.md rule 49).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
classes gave no event before rule 49; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 49a: sanctions on people or firms named only by whom they are affiliated with (fixed) -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States imposed sanctions on companies linked to Iran 's military .", ("USA", "IRN", "163")),
        ("Britain imposed sanctions on firms tied to Russia 's defence industry .", ("GBR", "RUS", "163")),
        ("The EU lifted sanctions on banks owned by the Iranian government .", ("IGO", "IRN", "085")),
        (
            "Washington imposed sanctions on individuals linked to North Korea 's missile program .",
            ("USA", "PRK", "163"),
        ),
        (
            "Canada lifted sanctions on businessmen associated with the Venezuelan government .",
            ("CAN", "VEN", "085"),
        ),
        (
            # rule 155: codebook 1244 "Refuse to ease economic sanctions, boycott, or embargo" (was 124)
            "Canada refused to lift sanctions on businessmen associated with the Venezuelan government .",
            ("CAN", "VEN", "1244"),
        ),
        (
            "The European Union imposed sanctions against entities linked to the Iranian government .",
            ("IGO", "IRN", "163"),
        ),
        ("Washington eased sanctions on firms owned by the Cuban state .", ("USA", "CUB", "085")),
        ("Britain imposed sanctions on companies linked to Russia .", ("GBR", "RUS", "163")),
    ],
)
def test_a_sanction_on_affiliated_firms_is_aimed_at_their_patron(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # before: no event (the measure's object named no party within the argument search's reach)
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target named on the object itself keeps it, whatever the object is linked to
        (
            "The United States imposed sanctions on Chinese firms linked to Russia 's army .",
            {("USA", "CHN", "163")},
        ),
        ("The United States imposed sanctions on Iranian companies .", {("USA", "IRN", "163")}),
        # a relative clause says what the firms do, not whose they are
        ("Japan imposed sanctions on companies that supply Russia 's army .", set()),
        ("The EU imposed sanctions on officials who are linked to Iran .", set()),
        # a participle of place, or an accusation, is no affiliation; nor is a link to an act
        ("Britain imposed sanctions on companies based in Turkey .", set()),
        ("Britain imposed sanctions on companies accused of helping Russia .", set()),
        ("The United States imposed sanctions on companies linked to the attack .", set()),
        # a verb's own object was reached before rule 49 and keeps its reading
        # diplomats expelled: 161 since rule 133d (the CAMEO manual's code for them; before 166)
        ("Poland expelled diplomats linked to Russia 's intelligence services .", {("POL", "RUS", "161")}),
        ("France sanctioned militias backed by Iran .", {("FRA", "IRN", "163")}),
        ("The US Treasury sanctioned three firms connected to the Syrian government .", {("USA", "SYR", "163")}),
        (
            "The United States removed sanctions on Acme and other companies linked to a Russian oligarch .",
            {("USA", "RUS", "085")},
        ),
        # the sanctioning state's own people are no target
        ("Britain imposed sanctions on companies linked to Britain 's own ministers .", set()),
    ],
)
def test_measures_whose_affiliation_reading_must_not_move(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 49b: a singular "its" in the object of a clause with a plural subject refers above (fixed) -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey said Syrian forces killed two of its soldiers .", ("SYR", "TUR", "190")),
        ("India said Pakistani troops killed three of its soldiers .", ("PAK", "IND", "190")),
        ("Turkey said Syrian forces killed its soldiers .", ("SYR", "TUR", "190")),
        ("Iran said Iraqi forces arrested ten of its citizens .", ("IRQ", "IRN", "173")),
        ("China said Indian troops detained some of its fishermen .", ("IND", "CHN", "173")),
        ("Israel said Palestinian gunmen attacked its embassy .", ("PSE", "ISR", "190")),
    ],
)
def test_a_reporting_states_pronoun_in_the_object_names_the_victims(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # before: no event ("its" in an object was left to the clause subject, which a plural subject cannot be)
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject the pronoun agrees with keeps its own (rule 10): no one else's people
        ("Russia withdrew its troops from Syria .", {("RUS", "SYR", "0874")}),
        ("Turkey said Syria killed its own soldiers .", set()),
        # no clause above: nothing to refer to
        ("Russian troops withdrew its artillery .", set()),
        # a plural speaker is no "its" either
        ("The rebels said government troops burned its villages .", set()),
    ],
)
def test_object_possessives_whose_reading_must_not_move(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 49c: the "from" phrase that names a nominal attack's source is no target of it (fixed) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An attack from Syria killed two Turkish soldiers .", ("SYR", "TUR", "190")),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Rocket fire from Lebanon wounded two Israeli soldiers .", ("LBN", "ISR", "194")),
        ("Artillery fire from Pakistan killed three Indian soldiers .", ("PAK", "IND", "194")),
        ("Sniper fire from Syria wounded a Jordanian border guard .", ("SYR", "JOR", "190")),
    ],
)
def test_force_from_a_party_falls_on_the_victims(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # before: no event (the source's own "from" phrase stood as the target, so the victims were never looked for)
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "from" phrase naming no party gives no source
        ("An attack from the air killed two Turkish soldiers .", set()),
        # people and weapons from a country keep their readings (rule 40)
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Missiles from Iran struck Israeli cities .", {("IRN", "ISR", "194")}),
        ("Troops from Chad killed ten Nigerian fighters .", {("TCD", "NGA", "190")}),
    ],
)
def test_from_phrases_whose_reading_must_not_move(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
