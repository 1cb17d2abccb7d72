"""Place-only parties: a government named by its seat, an attack whose doer is named only by where it happened
(issue 14, session 18; docs/events.md rule 70).

Each sentence is our own construction, none copied from PLOVER, ConfliBERT or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 70
the fixed sentences had no event (the government words and the bomb had no actor code); the neighbours pin
readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 70a: a government word "in" a capital or a place is that country's government (fixed) -----------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Officials in Tehran condemned the American sanctions .", "Officials in Tehran", "IRNGOV"),
        ("The authorities in Kabul rejected the Pakistani demand .", "authorities in Kabul", "AFGGOV"),
        (
            "Government officials in Caracas criticised the Colombian decision .",
            "Government officials in Caracas",
            "VENGOV",
        ),
        ("In Baghdad , officials accused Turkey of violating the border .", "officials", "IRQGOV"),
        ("In Tehran , the authorities condemned the American sanctions .", "authorities", "IRNGOV"),
    ],
)
def test_government_words_take_the_country_of_their_seat(
    rules_nlp: Language, text: str, mention: str, code: str
) -> None:
    mentions, _ = coded(rules_nlp, text)
    assert mentions.get(mention) == code  # before: uncoded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials in Tehran condemned the American sanctions .", ("IRN", "USA", "11")),
        ("The authorities in Kabul rejected the Pakistani demand .", ("AFG", "PAK", "12")),
        ("In Baghdad , officials accused Turkey of violating the border .", ("IRQ", "TUR", "11")),
    ],
)
def test_seated_government_acts(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    _, events = coded(rules_nlp, text)
    assert expected in events  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador in Moscow protested the Polish decision .",  # envoys are most often another country's
        "In March , officials accused Turkey of violating the border .",  # a time, not a place
        "Aid officials in Kabul criticised the Pakistani decision .",  # whose officials: the aid's, not Kabul's
    ],
)
def test_no_seat_for_envoys_or_times(rules_nlp: Language, text: str) -> None:
    mentions, _ = coded(rules_nlp, text)
    assert not any(code.endswith("GOV") for code in mentions.values())


def test_a_nationality_keeps_its_own_country(rules_nlp: Language) -> None:
    mentions, events = coded(rules_nlp, "In Kyiv , German officials praised the Polish offer .")
    assert mentions["German officials"] == "DEUGOV"
    assert ("DEU", "POL", "05") in events and not any(s == "UKR" for s, _, _ in events)


# -- 70b: an attack whose doer nobody names is the country of the place it happened at (fixed) -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb near Kandahar killed three Afghan villagers .", {("AFG", "AFG", "183")}),
        ("A car bomb in Kabul killed three Afghan civilians .", {("AFG", "AFG", "183")}),
        ("A roadside bomb killed two Afghan farmers near Kandahar .", {("AFG", "AFG", "183")}),
        ("A landmine explosion near Kandahar wounded two Afghan children .", {("AFG", "AFG", "190")}),
    ],
)
def test_unattributed_attack_takes_the_place_as_source(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event (no source)


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb near the town of Tikrit killed two British soldiers .",  # foreign victims: no doer (52a)
        "A missile strike in Kharkiv killed three Ukrainian soldiers .",  # fired from afar: the place did not do it
        "A bomb outside the American embassy in Nairobi killed twelve Kenyan guards .",  # an institution, no place
        "A car bomb killed three Afghan civilians .",  # no place: no doer
        "Three Afghan soldiers were killed in a bomb attack in Kandahar .",  # a passive casualty stays as it was
    ],
)
def test_no_place_source_outside_the_class(rules_nlp: Language, text: str) -> None:
    assert coded(rules_nlp, text)[1] == set()


def test_a_named_doer_is_kept(rules_nlp: Language) -> None:
    _, events = coded(rules_nlp, "A Taliban bomb in Kabul killed three German soldiers .")
    assert events and all(s == "AFG" for s, _, _ in events)
    mentions, _ = coded(rules_nlp, "A Taliban bomb in Kabul killed three German soldiers .", full_codes=True)
    assert mentions["Taliban"] == "AFGREB"
    _, full = coded(rules_nlp, "A Taliban bomb in Kabul killed three German soldiers .", full_codes=True)
    assert {s for s, _, _ in full} == {"AFGREB"}  # the named group, never the place


# -- 70c: victims named by no party, the place in the attack's own adverbial clause (fixed) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Palestinian gunmen killed eight people when they opened fire in Haifa .", ("PSE", "ISR")),
        ("Two Kurdish gunmen killed eight people when they opened fire on a market in Ankara .", ("KUR", "TUR")),
    ],
)
def test_victims_take_the_place_of_the_attack_clause(rules_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    _, events = coded(rules_nlp, text)
    assert expected in {(s, t) for s, t, _ in events}  # before: no event (no target)


def test_named_victims_keep_their_own_party(rules_nlp: Language) -> None:
    _, events = coded(rules_nlp, "Two Kurdish gunmen killed eight Iraqi soldiers when they opened fire in Ankara .")
    assert {(s, t) for s, t, _ in events} == {("KUR", "IRQ")}


# -- 70d: joining an international organisation (fixed) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Montenegro joined the North Atlantic Treaty Organization on Monday .", {("MNE", "IGO", "057")}),
        ("Finland joined NATO in April .", {("FIN", "IGO", "057")}),
        ("Croatia became a member of the European Union in 2013 .", {("HRV", "IGO", "057")}),
    ],
)
def test_joining_an_organisation(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


def test_a_bid_to_join_is_not_done(rules_nlp: Language) -> None:
    # the wish is no accession: nothing asserted between Finland and NATO
    assert not any(t == "IGO" for _, t, _ in asserted(rules_nlp, "Finland 's bid to join NATO was blocked by Turkey ."))


@pytest.mark.parametrize(
    "text",
    [
        "Poland joined the protest against the Russian decision .",
        "Russia joined the NATO exercises in the Baltic .",
        "Sweden joined forces with Norway .",
    ],
)
def test_joining_what_is_no_organisation_is_no_accession(rules_nlp: Language, text: str) -> None:
    assert not any(c == "057" for _, _, c in asserted(rules_nlp, text))


# -- 70e: an unknown body named as an association, a forum or a committee is an NGO (fixed) -----------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The World Water Forum urged the United States to allocate more funds .", "World Water Forum"),
        (
            "The Association of African Lawyers investigated the detention of Kenyan students .",
            "Association of African Lawyers",
        ),
        (
            "The Ceasefire Monitoring Committee investigated the Ugandan army 's attack .",
            "Ceasefire Monitoring Committee",
        ),
    ],
)
def test_unknown_bodies_named_as_associations_are_ngos(rules_nlp: Language, text: str, mention: str) -> None:
    mentions, events = coded(rules_nlp, text)
    assert mentions.get(mention) == "NGO"  # before: uncoded, no event
    assert any(s == "NGO" for s, _, _ in events)


def test_a_name_holding_a_country_keeps_the_country(rules_nlp: Language) -> None:
    mentions, _ = coded(rules_nlp, "The Kenya Human Rights Commission criticised the Kenyan police .")
    assert "NGO" not in mentions.values()


def test_a_body_named_as_a_venue_is_no_party(rules_nlp: Language) -> None:
    mentions, _ = coded(rules_nlp, "Italy returned the statue to Egypt at the Royal Geographic Society in London .")
    assert "Royal Geographic Society" not in mentions
