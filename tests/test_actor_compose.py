"""Issue 14: compositional actors (``detente.nlp.actor_compose``): plural demonyms as people, a demonym with a
noun for people the role table lacks, members of a country's institution, supporters of a resolved person.
All sentences are constructed; the real spaCy model and the real ``actor_resolver`` run (the event tests add
the real ``event_coder`` with its learned layer off)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import build_pipeline

from .actor_mentions import found
from .event_sentences import coded, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(stages=("actor_resolver",))


@pytest.fixture(scope="module")
def events_nlp() -> Language:
    return rules_pipeline()


# ---- a demonym with a noun for people --------------------------------------------------------------------


def test_demonym_with_a_person_noun_takes_its_role(nlp: Language) -> None:
    assert found(nlp, "Malian landowners occupied a farm.") == [("Malian landowners", "MLIAGR")]
    assert found(nlp, "Two Peruvian lawyers filed a complaint.") == [("Peruvian lawyers", "PERJUD")]
    assert found(nlp, "A Bolivian man was injured.") == [("Bolivian man", "BOLCVL")]
    assert found(nlp, "Chilean miners went on strike.") == [("Chilean miners", "CHLLAB")]


def test_country_possessive_and_places_compose_too(nlp: Language) -> None:
    assert found(nlp, "Ecuador's truck drivers blocked the highway.") == [("Ecuador's truck drivers", "ECULAB")]
    assert found(nlp, "An Ohio woman sued the company.")[0] == ("Ohio woman", "USACVL")


def test_civil_society_organisations_are_the_country_ngos(nlp: Language) -> None:
    got = found(nlp, "Tunisian civil society organizations signed a petition.")
    assert got == [("Tunisian civil society organizations", "TUNNGO")]


def test_people_with_no_cameo_role_keep_the_country_on_the_whole_phrase(nlp: Language) -> None:
    assert found(nlp, "Three Latvian experts arrived.") == [("Latvian experts", "LVA")]


def test_a_demonym_before_a_thing_stays_a_modifier(nlp: Language) -> None:
    # "Algerian oil", "Serbian cities": no people, so no role and no longer mention
    assert found(nlp, "Malian cotton exports fell.") == [("Malian", "MLI")]
    assert found(nlp, "Several Peruvian towns were flooded.") == [("Peruvian", "PER")]


def test_a_royal_family_is_not_civilians(nlp: Language) -> None:
    assert found(nlp, "The Jordanian royal family welcomed the guests.") == [("Jordanian royal family", "JORGOV")]


# ---- plural demonyms as people -----------------------------------------------------------------------------


def test_counted_or_described_plural_demonyms_are_civilians(nlp: Language) -> None:
    assert found(nlp, "Thousands of Ghanaians marched through the capital.") == [("Thousands of Ghanaians", "GHACVL")]
    assert found(nlp, "Angry Bolivians blocked the road.") == [("Bolivians", "BOLCVL")]
    assert found(nlp, "Young Tunisians blocked the road.") == [("Tunisians", "TUNCVL")]


def test_a_bare_collective_plural_stays_the_country(nlp: Language) -> None:
    assert found(nlp, "The Ghanaians rejected the offer.") == [("Ghanaians", "GHA")]


# ---- members of a country's institution ---------------------------------------------------------------------


def test_a_role_from_a_country_or_its_institution(nlp: Language) -> None:
    got = found(nlp, "Members of parliament from Zambia's ruling party walked out.")
    assert got[0] == ("Members of parliament", "ZMBLEG")
    assert found(nlp, "Officials from Ohio met the mayor.")[0] == ("Officials", "USAGOV")


def test_journalists_at_a_country_newspaper(nlp: Language) -> None:
    # a second country in the sentence: the sentence's country is no help, the institution's owner is
    got = found(nlp, "Dozens of journalists at Chad's largest daily newspaper appealed to France.")
    assert got[0] == ("journalists", "TCDMED")


def test_protesters_at_an_embassy_are_not_its_country(nlp: Language) -> None:
    got = dict(found(nlp, "Protesters at Chad's embassy in Paris shouted slogans."))
    assert "Protesters" not in got


def test_a_verb_phrase_from_is_not_origin(nlp: Language) -> None:
    # "withdrew troops from Mali": the troops are not Mali's
    got = found(nlp, "France withdrew troops from Mali.")
    assert ("troops", "MLIMIL") not in got
    assert all(code != "MLIMIL" for _, code in got)


def test_the_object_of_a_verb_of_leaving_is_not_from_there(nlp: Language) -> None:
    # "expelled diplomats from ...", "pulled a contingent of 300 peacekeepers from ...": where they leave
    got = found(nlp, "Kenya pulled a contingent of 300 peacekeepers from Somalia.")
    assert all(code != "SOMMIL" for _, code in got)
    got = found(nlp, "Hundreds of soldiers from Chad arrived in Niger.")
    assert got[0] == ("soldiers", "TCDMIL")


def test_several_countries_after_from_give_no_one_country(nlp: Language) -> None:
    got = found(nlp, "Diplomats from Chile, Peru and Bolivia met in Lima.")
    assert ("Diplomats", "CHLGOV") not in got


def test_members_of_a_resolved_group_are_that_group(nlp: Language) -> None:
    got = found(nlp, "Members of the Zambian opposition were arrested.")
    assert got[0] == ("Members", "ZMBOPP")
    assert all(code != "NATO" or text == "NATO" for text, code in found(nlp, "Members of NATO met in Brussels."))


def test_representatives_of_a_composed_group(nlp: Language) -> None:
    got = found(nlp, "Representatives from Tunisian civil society organizations met the minister.")
    assert got[:2] == [("Representatives", "TUNNGO"), ("Tunisian civil society organizations", "TUNNGO")]


# ---- supporters ---------------------------------------------------------------------------------------------


def test_supporters_of_a_head_of_state_are_civilians_of_the_country(nlp: Language) -> None:
    got = found(nlp, "Supporters of Hakainde Hichilema rallied in Lusaka.")
    assert got[0] == ("Supporters", "ZMBCVL")
    got = found(nlp, "Hichilema's supporters rallied in Lusaka.")
    assert ("supporters", "ZMBCVL") in got


# ---- events the composition makes possible -------------------------------------------------------------------


def test_landowners_against_their_government_is_a_domestic_event(events_nlp: Language) -> None:
    text = "Malian landowners demanded that the Malian government return their land."
    mentions, events = coded(events_nlp, text, full_codes=True)
    assert mentions["Malian landowners"] == "MLIAGR"
    assert any(src == "MLIAGR" and tgt == "MLIGOV" for src, tgt, _ in events)


def test_switched_off_the_demonym_stays_a_modifier() -> None:
    nlp = build_pipeline(stages=("actor_resolver",), config={"actor_resolver": {"compose": False}})
    assert found(nlp, "Malian landowners occupied a farm.") == [("Malian", "MLI")]
