"""The owner of an act named by "its"/"their" in a reason phrase (issue 14, session 22; docs/events.md rule 109a).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 109a the
possessive pronoun of an act noun in an "over"/"for" phrase was read as the clause subject's ("the campaign to
isolate Y over its war in Z" gave the campaign's leader as Z's attacker); the neighbours pin readings that must not
move.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code


def every_event(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of every event of ``text``, hypothetical or negated ones too: the rule decides
    whose act it is, not whether it happened."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {(primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"])[:2]) for e in events}


# -- 109a: the party acted on before the pronoun owns the act (fixed) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner", "victim", "subject"),
    [
        ("Canada moved to isolate Venezuela over its crackdown on Colombia .", "VEN", "COL", "CAN"),
        ("Australia sought to punish China over its attacks on the Philippines .", "CHN", "PHL", "AUS"),
        ("The new measures aim to punish Iran for its strikes on Iraq .", "IRN", "IRQ", None),
        ("Britain imposed sanctions on Syria over its shelling of Turkey .", "SYR", "TUR", "GBR"),
        ("Egypt recalled its ambassador from Israel over its raid on Gaza .", "ISR", "PSE", "EGY"),
        ("The U.S.-led campaign to isolate Iran over its war in Yemen has faltered .", "IRN", "YEM", "USA"),
    ],
)
def test_reason_phrase_possessor_is_the_party_acted_on(
    rules_nlp: Language, text: str, owner: str, victim: str, subject: str | None
) -> None:
    events = every_event(rules_nlp, text)
    owners = {s for s, t, _ in events if t == victim}
    assert owners == {owner}  # before: the clause's subject (or no event where the subject names no actor)
    assert subject is None or subject not in owners


def test_each_conjunct_of_the_reason_phrase(rules_nlp: Language) -> None:
    # "over its programme and its attacks on Y": the act noun is a conjunct of the phrase's object
    events = every_event(
        rules_nlp, "France sought to isolate Iran over its nuclear programme and its attacks on Israel ."
    )
    assert {(s, t) for s, t, c in events if c == "19"} == {("IRN", "ISR")}  # before: FRA -> ISR


def test_their_takes_coordinated_parties(rules_nlp: Language) -> None:
    events = every_event(rules_nlp, "The EU sanctioned Russia and Belarus over their war in Ukraine .")
    assert {(s, t) for s, t, c in events if c == "19"} == {("RUS", "UKR"), ("BLR", "UKR")}


def test_an_uncoded_party_leaves_the_act_without_a_source(rules_nlp: Language) -> None:
    # the insurgents' attacks, not Chad's: no code names them, so no event rather than the subject's
    events = every_event(rules_nlp, "Chad punished the insurgents for their attacks on Niger .")
    assert not any(s == "TCD" and t == "NER" for s, t, c in events)  # before: TCD -> NER 190


# -- neighbours that must not move ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a reason phrase: the instrument is the subject's own
        ("Russia attacked Ukraine with its missiles .", ("RUS", "UKR", "19")),
        # the pronoun is in the clause's own subject's slot: the clause subject, as before (rule 10)
        ("Turkey said Syria must end its attacks on Iraq .", ("TUR", "SYR", "10")),
        # no party between: the subject's own (a measure noun is no antecedent)
        ("India imposed a ban over its border clashes with China .", ("IND", "CHN", "19")),
    ],
)
def test_other_possessives_unchanged(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in every_event(rules_nlp, text)


def test_reason_phrase_on_the_main_act_is_still_coded(rules_nlp: Language) -> None:
    # the sanctions and the criticism stay the subject's, toward the party acted on
    assert ("GBR", "SYR", "16") in every_event(
        rules_nlp, "Britain imposed sanctions on Syria over its shelling of Turkey ."
    )
    assert ("JPN", "PRK", "11") in every_event(
        rules_nlp, "Japan criticized North Korea over its missile launches toward South Korea ."
    )


def test_ambiguous_reported_possessive_stays_uncoded(rules_nlp: Language) -> None:
    # "told Y that its sanctions ...": either party's; no rule reads it (as before)
    assert every_event(rules_nlp, "Russia told Ukraine that its sanctions would fail .") == set()
