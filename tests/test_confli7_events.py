"""Refusals of another party's request (issue 14, session 13; docs/events.md rule 44).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off. A rejection verb (also a phrasal one:
"turned down", "brushed aside") whose object is a request, call, demand, appeal or proposal for an act is a
rejection (12x, refined by the act asked for) from the rejecter, toward the requester when named, else toward the
party the act asked for would concern; the request is never the rejecter's own appeal. Beside it, the readings that
must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, roots

# -- no requester named: toward whom the act asked for concerns (fixed) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada rejected calls to lift sanctions on Iran .", ("CAN", "IRN")),
        ("Russia turned down requests to ease sanctions on Georgia .", ("RUS", "GEO")),
        ("The United States brushed aside calls to lift the embargo on Cuba .", ("USA", "CUB")),
        ("Britain brushed off calls to lift sanctions on Russia .", ("GBR", "RUS")),
        ("France spurned appeals to lift sanctions on Syria .", ("FRA", "SYR")),
        ("Japan rebuffed demands to ease its sanctions on North Korea .", ("JPN", "PRK")),
        ("Germany refused requests to send tanks to Ukraine .", ("DEU", "UKR")),
        ("Poland rejected calls for lifting sanctions on Russia .", ("POL", "RUS")),
    ],
)
def test_a_rejected_request_is_a_rejection_toward_whom_the_act_concerns(
    rules_nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    events = asserted(rules_nlp, text)
    assert (pair[0], pair[1], "12") in roots(events)
    # the request is not the rejecter's own appeal (02), in either direction
    assert not any(c.startswith("02") for _, _, c in events)


@pytest.mark.parametrize(
    "text",
    [
        "Canada rejected calls to lift sanctions on Iran .",
        "Russia turned down requests to ease sanctions on Georgia .",
        "Britain brushed off calls to lift sanctions on Russia .",
    ],
)
def test_refusing_to_ease_sanctions_keeps_its_code(rules_nlp: Language, text: str) -> None:
    # the rejection is refined by the act asked for, as "refused to lift sanctions on Y" is (124x, not a bare 120)
    codes = {c for _, _, c in asserted(rules_nlp, text)}
    assert codes and all(c.startswith("124") for c in codes)


# -- the requester named: toward the requester (guard) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States rejected Russia 's calls to lift sanctions .", ("USA", "RUS")),
        ("Washington rejected calls from Moscow to ease sanctions .", ("USA", "RUS")),
        ("Germany turned down Ukraine 's request for more weapons .", ("DEU", "UKR")),
        ("China dismissed Japan 's demand for an apology .", ("CHN", "JPN")),
        ("Russia rebuffed a proposal from Ukraine for a ceasefire .", ("RUS", "UKR")),
    ],
)
def test_a_named_requester_is_the_target(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    events = roots(asserted(rules_nlp, text))
    assert (pair[0], pair[1], "12") in events
    assert not any(c == "02" for _, _, c in events)


# -- neighbours that must not move -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia accepted calls to lift sanctions on Iran .",
        "Russia welcomed calls to lift sanctions on Iran .",
        "Russia accepted demands to withdraw its troops from Ukraine .",
        "Italy turned down the volume of its criticism .",
    ],
)
def test_no_rejection_without_a_rejection_verb(rules_nlp: Language, text: str) -> None:
    assert not any(c.startswith("12") for _, _, c in asserted(rules_nlp, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia called for lifting sanctions on Iran .", ("RUS", "IRN")),
        ("China called on Germany to lift sanctions on Iran .", ("CHN", "DEU")),
        ("Turkey urged Germany to lift sanctions on Syria .", ("TUR", "DEU")),
    ],
)
def test_a_call_of_ones_own_stays_an_appeal(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], pair[1], "02") in roots(asserted(rules_nlp, text))


def test_refusing_to_lift_sanctions_is_unchanged(rules_nlp: Language) -> None:
    # rule 155: codebook 1244 "Refuse to ease economic sanctions, boycott, or embargo" (was 124)
    assert asserted(rules_nlp, "Russia refused to lift sanctions on Iran .") == {("RUS", "IRN", "1244")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia accepted calls to lift sanctions on Iran .", ("RUS", "IRN")),
        ("Israel accepted an invitation to visit Egypt .", ("ISR", "EGY")),
        ("Iran accepted requests to release British sailors .", ("IRN", "GBR")),
    ],
)
def test_an_accepted_request_is_the_accepters_intent(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # accepting what was asked states the intent to do it (03x), one way; no appeal of the accepter's
    events = roots(asserted(rules_nlp, text))
    assert events == {(pair[0], pair[1], "03")}
