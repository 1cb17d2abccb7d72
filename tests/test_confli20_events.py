"""ConfliBERT train error classes, round 9 (issue 14, session 20; docs/events.md rule 85).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 85 an act
under "were guilty of" / "was responsible for" had no doer (no event), "broke the truce" was the truce itself (057), a
party the resolver knew only by a bracketed acronym that the parser hung as parataxis was no party, and "agreed to
share information on Y" was an intent toward Y instead of between the two who share, a list's items hung on the
apposed name of its first were lost, and "countries from the EU" had no source; the neighbours pin readings that
must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 85a: the one a copula calls guilty of / responsible for an act did it (fixed) ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and Azerbaijan were guilty of violating the truce .", {("ARM", "AZE", "196"), ("AZE", "ARM", "196")}),
        ("Syria was guilty of attacking Turkish soldiers near the border .", {("SYR", "TUR", "190")}),
        ("The report said Russia was responsible for shelling Ukrainian towns .", {("RUS", "UKR", "194")}),
    ],
)
def test_culprit_of_a_gerund_act_is_its_doer(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= asserted(rules_nlp, text)  # before: no event (the gerund had no subject)


def test_ability_is_no_culprit(rules_nlp: Language) -> None:
    # "capable of" is no culpability word: an ability asserts no act
    assert not any(code.startswith("19") for _, _, code in asserted(rules_nlp, "Iran is capable of attacking Israel ."))


def test_broken_truce_is_a_violated_ceasefire(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Greece and Turkey broke the truce .")
    assert {("GRC", "TUR", "196"), ("TUR", "GRC", "196")} <= events  # before: 057, the truce itself
    assert not any(code.startswith("05") for _, _, code in events)


# -- 85b: a party named by the acronym in brackets after its full name (fixed) --------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Kenya and the Eurasia Economic Union ( EAEU ) signed a trade deal on Monday .", "KEN", "057"),
        ("Chile and the Eurasia Economic Union ( EAEU ) held talks on Friday .", "CHL", "040"),
    ],
)
def test_bracketed_acronym_names_its_conjunct(rules_nlp: Language, text: str, country: str, code: str) -> None:
    events = asserted(rules_nlp, text)
    assert any(s == country and t.startswith("IGO") and c == code for s, t, c in events)  # before: no event
    assert any(s.startswith("IGO") and t == country and c == code for s, t, c in events)


def test_resolved_full_name_with_acronym_unchanged(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Iran accused the Collective Security Treaty Organization ( CSTO ) of meddling .")
    assert any(s == "IRN" and t.startswith("IGO") and c == "112" for s, t, c in events)


# -- 85c: what information is about is no target (fixed) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "topic"),
    [
        ("France and Germany agreed to share intelligence on Iran .", ("FRA", "DEU"), "IRN"),
        ("Canada and Mexico agreed to exchange information on Cuba .", ("CAN", "MEX"), "CUB"),
    ],
)
def test_information_topic_is_no_target(rules_nlp: Language, text: str, pair: tuple[str, str], topic: str) -> None:
    events = asserted(rules_nlp, text)
    one, other = pair
    assert any(s == one and t == other for s, t, _ in events)  # before: both toward the topic
    assert any(s == other and t == one for s, t, _ in events)
    assert not any(topic in (s, t) for s, t, _ in events)


def test_information_shared_with_keeps_its_recipient(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Israel shared intelligence about Iran with the United States .")
    assert ("ISR", "USA", "064") in events
    assert not any("IRN" in (s, t) for s, t, _ in events)


# -- 85d: a list's later items hung on the apposed name of its first (fixed) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        (
            "The United States imposed sanctions on the Russian firm Rosneft and the Indian Oil Corporation .",
            ("USA", "RUS", "163"),
            ("USA", "IND", "163"),
        ),
        (
            "Washington blacklisted the Chinese company Huawei and the Iranian Shipping Lines .",
            ("USA", "CHN", "163"),
            ("USA", "IRN", "163"),
        ),
    ],
)
def test_list_items_after_an_apposed_name(
    rules_nlp: Language, text: str, first: tuple[str, str, str], later: tuple[str, str, str]
) -> None:
    events = asserted(rules_nlp, text)
    assert first in events
    assert later in events  # before: only the first item


def test_restating_apposition_with_a_conjunct_adds_no_party(rules_nlp: Language) -> None:
    # "the president of Russia and a former spy" restates Putin: no third party
    events = asserted(rules_nlp, "Putin , the president of Russia and a former spy , met Xi in Beijing .")
    assert {("RUS", "CHN", "040"), ("CHN", "RUS", "040")} <= events
    assert all({s, t} == {"RUS", "CHN"} for s, t, _ in events)


# -- 85e: states named by the body they are "from" act for it (fixed) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Countries from the European Union imposed sanctions on Russia .", ("IGO", "RUS", "163")),
        ("Member states from ASEAN condemned Myanmar .", ("IGO", "MMR", "111")),
    ],
)
def test_states_from_a_body_act_for_it(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    source, target, code = expected
    events = asserted(rules_nlp, text)
    assert any(s.startswith(source) and t == target and c == code for s, t, c in events)  # before: no source


def test_people_from_a_country_are_not_its_state(rules_nlp: Language) -> None:
    # refugees are coded by the resolver itself; "from" gives them no state source
    events = asserted(rules_nlp, "Migrants from Syria arrived in Greece .")
    assert not any(s == "SYR" for s, _, _ in events)
