"""Error classes of ConfliBERT ``cameo_ner`` train, round 4 (issue 14, session 11; docs/events.md rule 41).

Each sentence is our own construction, with countries other than the train sentences the classes were counted
on; none is copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off. Beside each class, the neighbouring reading that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.ingest.segment import spaced_numbers
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted


def test_spaced_thousands_are_one_number() -> None:
    text = "Norway sent 88 , 550 , 000 dollars and 1 , 200 tents ."
    assert [text[s:e] for s, e in spaced_numbers(text)] == ["88 , 550 , 000", "1 , 200"]
    # a spaced decimal point as before, and with thousands before it
    mixed = "It gave 2 , 374 . 5 or 1 . 5 tonnes ."
    assert [mixed[s:e] for s, e in spaced_numbers(mixed)] == ["2 , 374 . 5", "1 . 5"]
    # a day of the month before a comma is a date; a year has four digits; running text has no spaced comma
    assert spaced_numbers("On May 5 , 200 people fled .") == []
    assert spaced_numbers("In 2010 , 500 people fled .") == []
    assert spaced_numbers("Norway sent 1,200 tents and 3, 400 blankets .") == []


def test_a_spaced_thousands_number_is_one_token(rules_nlp: Language) -> None:
    doc = make_doc(rules_nlp, "Norway returned 1 , 200 stolen artefacts to Greece .")
    assert "1 , 200" in [t.text for t in doc]
    assert doc.text == "Norway returned 1 , 200 stolen artefacts to Greece ."


def test_a_transfer_with_a_spaced_thousands_amount_keeps_its_object(rules_nlp: Language) -> None:
    # a guard: the merged number token still parses as the amount (this one parsed right before, too)
    assert ("NOR", "GRC", "0842") in asserted(rules_nlp, "Norway returned 1 , 200 stolen artefacts to Greece .")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Al Shabaab militants are holding more than forty Kenyan teachers as human shields in the Somali town of "
            "Baidoa .",
            ("SOM", "KEN"),
        ),
        (
            "Boko Haram fighters are holding more than 2 , 000 Nigerian villagers as human shields in Bama .",
            ("NGA", "NGA"),
        ),
    ],
)
def test_a_role_phrase_hung_on_the_object(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # the parser hangs "as human shields" on the object, not on the verb: still "hold shield" (184)
    assert (*pair, "184") in asserted(rules_nlp, text)


def test_role_phrases_that_name_no_event_stay_none(rules_nlp: Language) -> None:
    # "hold hostage" on the verb as before; an "as" phrase that forms no phrase adds nothing
    assert ("KEN", "UGA", "181") in {
        (s, t, c) for s, t, c in asserted(rules_nlp, "Kenyan rebels held the Ugandan engineers as hostages .")
    }
    events = asserted(rules_nlp, "Chile held talks with Peru as a mediator .")
    assert not any(c.startswith("18") for _, _, c in events)


def test_mass_killings_are_a_massacre(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Boko Haram has been responsible for mass killings in northern Cameroon .")
    assert ("NGA", "CMR", "202") in events


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a claimed act of force with no victim named falls on the place it was done in
        ("The Taliban claimed responsibility for the bombing in Kunduz .", ("AFG", "AFG")),
        ("Al Shabaab is responsible for attacks and abductions throughout Kenya .", ("SOM", "KEN")),
    ],
)
def test_a_claimed_act_of_force_falls_on_its_place(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert any((s, t) == pair and c[:2] in ("18", "19", "20") for s, t, c in asserted(rules_nlp, text))


def test_an_unclaimed_or_denied_act_takes_no_place(rules_nlp: Language) -> None:
    # who did the attack is not said: the condemner is no attacker, and the place is no victim of it
    events = asserted(rules_nlp, "Chile condemned the mass killings in Peru .")
    assert ("CHL", "PER", "111") in events
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in events)
    # a denied or negated responsibility asserts no act
    for text in (
        "Al Shabaab denied responsibility for the bombing in Kenya .",
        "Al Shabaab is not responsible for the attacks in Kenya .",
    ):
        assert not any(c[:2] in ("18", "19", "20") for _, _, c in asserted(rules_nlp, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya let free three Somali fishermen .", ("KEN", "SOM")),
        ("Kenya set free three Somali fishermen on Monday .", ("KEN", "SOM")),
        ("Ghana set the Togolese activists free .", ("GHA", "TGO")),
    ],
)
def test_let_or_set_free_is_a_release(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "0841") in asserted(rules_nlp, text)


def test_an_adjective_read_as_the_object_still_forms_no_phrase(rules_nlp: Language) -> None:
    # "held captive" with "captive" parsed as the object names no captive (rule 38): no release or abduction
    events = asserted(
        rules_nlp, "Six Kenyan sailors , held captive in Somalia for a month , have been freed by Somali police ."
    )
    assert not any(s == "KEN" and c == "181" for s, _, c in events)
    # "set" with an ordinary object and no predicate is no release
    assert not any(c == "0841" for _, _, c in asserted(rules_nlp, "Chile set new tariffs on Peru ."))
