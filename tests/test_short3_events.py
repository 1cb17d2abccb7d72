"""A refused disapproval, and a place retaken "from" a party (issue 14, session 21; docs/events.md rule 103).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 103
"refused to condemn Y" was an asserted rejection of Y (120) and "retook Kherson from Y" gave no event; the
neighbours pin the refusals and the takings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted
from .test_short2_sentences import NEGATED, events_of

# -- 103a: a refused act of disapproval is that act negated toward its target (fixed) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China refused to condemn Russia.", ("CHN", "RUS", "111", NEGATED)),
        ("India refused to criticize Moscow.", ("IND", "RUS", "111", NEGATED)),
        ("Germany declined to denounce Israel.", ("DEU", "ISR", "111", NEGATED)),
        ("Russia refused to accuse Ukraine of the attack.", ("RUS", "UKR", "112", NEGATED)),
    ],
)
def test_refused_disapproval_is_negated_act(rules_nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    found = events_of(rules_nlp, text)
    assert expected in found
    assert not any(code.startswith("12") for _, _, code, _ in found)  # no rejection of the target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehran refused to meet US negotiators.", {("IRN", "USA", "125")}),  # a refused meeting stays 125
        # rule 155: codebook 1246 "Refuse to de-escalate military engagement" (was 124)
        ("Iran refused to withdraw from Syria.", {("IRN", "SYR", "1246")}),  # a refused yield stays 124
        ("The Kremlin refused to comment on the British accusations.", {("RUS", "GBR", "011")}),  # rule 102c
    ],
)
def test_other_refusals_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_rejected_text_that_condemns_stays_a_rejection(rules_nlp: Language) -> None:
    # the act is inside the rejected object, not the refusal's own complement: the veto is a real rejection
    found = events_of(rules_nlp, "The United States vetoed a resolution condemning Israel.")
    assert ("USA", "ISR", "129", "asserted") in found  # rule 155: codebook 129 "Veto" (was 120)
    assert ("USA", "ISR", "111", NEGATED) not in found


# -- 103b: a place retaken from a party is force against that party (fixed) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian forces retook Kherson from Russia.", {("UKR", "RUS", "190")}),  # before: no event
        ("Ukrainian forces recaptured Kherson from Russia.", {("UKR", "RUS", "190")}),  # before: no event
        ("Ukrainian forces retook the town from Russia.", {("UKR", "RUS", "190")}),
        ("Russian forces captured two soldiers from Ukraine.", {("RUS", "UKR", "190")}),
    ],
)
def test_retaken_from_party(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_retaken_with_no_from_party_gives_no_cross_border_event(rules_nlp: Language) -> None:
    # a place won back from nobody named: no party to act against (the taker's own country is no target)
    assert asserted(rules_nlp, "Ukrainian forces retook Kherson.") == set()


def test_from_on_another_verb_is_not_a_taking(rules_nlp: Language) -> None:
    # "from" on a verb outside `taken_from_verbs` keeps its own reading: the withdrawal is toward where it left
    # rule 155: codebook 1246 "Refuse to de-escalate military engagement" (was 124)
    assert ("IRN", "SYR", "1246") in asserted(rules_nlp, "Iran refused to withdraw from Syria.")
    assert ("RUS", "UKR", "087") in {(s, t, c[:3]) for s, t, c in asserted(rules_nlp, "Russia pulls out of Kherson.")}
