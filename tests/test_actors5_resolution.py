"""Issue 14 (session 10, actors5): one person's high office named by its title ("The Prime Minister", "Labor
Minister X" with a name the codebook does not know) takes the one country its sentence names, unless the country
is named in the office's own clause or a second country is named. All sentences are constructed; the real spaCy
model, the real ``actor_resolver`` (``resolver`` fixture) and the rule-based ``event_coder`` (``coder``) run."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .actor_mentions import found


def codes(nlp: Language, text: str) -> dict[str, str]:
    return dict(found(nlp, text))


# ---- an office holder takes the sentence's one country -------------------------------------------------------


def test_a_bare_head_of_government_takes_the_country_of_its_complement(resolver: Language) -> None:
    got = codes(resolver, "The Prime Minister said the Ethiopian government would open the telecom sector.")
    assert got["Prime Minister"] == "ETHGOV"
    got = codes(resolver, "The governor said the Brazilian army would stay in the state.")
    assert got["governor"] == "BRAGOV"


def test_a_title_before_an_unknown_name_is_that_country_s_office(resolver: Language) -> None:
    got = codes(resolver, "Former President Amadou Keita said Mali needs a new constitution.")
    assert got["President Amadou Keita"] == "MLIGOV"


def test_a_portfolio_word_is_part_of_the_minister_s_title(resolver: Language) -> None:
    # the parser tags "Labor" as an organisation; it used to block the title like a name before a role
    got = codes(resolver, "Labor Minister Paolo Berti criticised Italian unions on Friday.")
    assert got["Labor Minister Paolo Berti"] == "ITAGOV"
    assert got["Italian unions"] == "ITALAB"


# ---- negative checks ----------------------------------------------------------------------------------------


def test_an_office_in_a_sentence_naming_two_countries_does_not_guess(resolver: Language) -> None:
    got = codes(resolver, "The foreign minister said Peru and Chile must resume talks.")
    assert set(got.values()) == {"PER", "CHL"}
    got = codes(resolver, "Interior Minister Jane Moyo said Zambia would deport citizens of Malawi.")
    assert not any("Minister" in text for text in got)


def test_a_country_named_in_the_office_s_own_clause_is_the_other_party(resolver: Language) -> None:
    # the office meets, visits or condemns that country: it is as often another state's office
    got = codes(resolver, "Finance Minister Jane Doe met Chinese officials in Beijing.")
    assert not any("Minister" in text for text in got)
    # a title only the US government uses (rule 38's cabinet secretaries) is USAGOV wherever it meets
    got = codes(resolver, "Treasury Secretary Jane Doe met Chinese officials in Beijing.")
    assert got["Treasury Secretary Jane Doe"] == "USAGOV"
    got = codes(resolver, "Foreign Minister Jane Doe visited Nairobi on Monday.")
    assert not any("Minister" in text for text in got)
    got = codes(resolver, "The president condemned the Russian strikes.")
    assert "president" not in got
    # a conjoined verb or an infinitive takes the office's subject: still the office's own act
    got = codes(resolver, "Health Minister Jane Moyo praised the vote and urged Zambia to reopen the border.")
    assert not any("Minister" in text for text in got)
    got = codes(resolver, "The finance minister wants to visit Ghana next month.")
    assert "finance minister" not in got


def test_plural_offices_and_envoys_still_need_a_non_state_actor(resolver: Language) -> None:
    # unchanged: "officials", "ministers", an ambassador or a spokesman speak of other countries as often
    assert codes(resolver, "The ministers said Ghana would raise taxes.") == {"Ghana": "GHA"}
    assert codes(resolver, "The ambassador said Ghana would raise taxes.") == {"Ghana": "GHA"}
    assert codes(resolver, "Officials said Ghana would raise taxes.") == {"Ghana": "GHA"}


# ---- through the event coder --------------------------------------------------------------------------------


def events(resolver: Language, coder: Any, text: str) -> set[tuple[str, str]]:
    doc = coder(resolver(make_doc(resolver, text, "2025-11-02")))
    return {
        (primary_code(e["source"]), primary_code(e["target"]))
        for e in doc._.events or []
        if not e["negated"] and not e["hypothetical"]
    }


def test_the_office_holder_is_the_source_of_a_domestic_event(resolver: Language, coder: Any) -> None:
    doc = coder(resolver(make_doc(resolver, "Labor Minister Paolo Berti criticised Italian unions on Friday.")))
    pairs = {(e["source"], e["target"]) for e in doc._.events or [] if not e["negated"] and not e["hypothetical"]}
    assert ("ITAGOV", "ITALAB") in pairs


def test_no_event_is_given_to_a_guessed_office_between_two_countries(resolver: Language, coder: Any) -> None:
    got = events(resolver, coder, "The defence minister accused Sudan of arming rebels in Chad.")
    assert all(source != target for source, target in got)
    assert ("SDN", "SDN") not in got and ("TCD", "SDN") not in got


# ---- an office whose name is the role itself -----------------------------------------------------------------


def test_an_office_named_by_its_role_takes_the_sentence_country(resolver: Language) -> None:
    # the parser makes "The Supreme Court" and "the Green Party" one organisation entity: the name is the role
    got = codes(resolver, "The Supreme Court today rejected a petition by Kenyan opposition leaders.")
    assert got["Supreme Court"] == "KENJUD"
    got = codes(resolver, "On Tuesday, the Green Party accused Canadian officials of ignoring the floods.")
    assert got["Green Party"] == "CANPTY"


def test_a_name_before_a_role_still_blocks_it(resolver: Language) -> None:
    got = codes(resolver, "Zapatista rebels clashed with Mexican police.")
    assert "rebels" not in got
    got = codes(resolver, "The Supreme Court said Peru and Chile must respect the ruling.")
    assert set(got.values()) == {"PER", "CHL"}


# ---- demonyms of a renamed state's old name ------------------------------------------------------------------


def test_historical_demonyms_name_today_s_state(resolver: Language) -> None:
    # the old names (Zaire, Kampuchea, Rhodesia) were coded already; their demonyms were not
    assert codes(resolver, "Zairian troops shelled rebel positions near the border.") == {"Zairian troops": "CODMIL"}
    got = codes(resolver, "Thousands of Kampuchean refugees fled to camps in Thailand.")
    assert got["Kampuchean refugees"] == "KHMREF"
    got = codes(resolver, "Rhodesian forces raided guerrilla camps in Mozambique.")
    assert got["Rhodesian forces"] == "ZWEMIL"


# ---- a noun for people with no country word takes the sentence's one country ---------------------------------


def test_a_bare_noun_for_people_takes_the_sentence_country(resolver: Language) -> None:
    got = codes(resolver, "Iranian police tortured an inmate in Tehran.")
    assert got["inmate"] == "IRNCVL"
    got = codes(resolver, "Nigerian authorities pressured lecturers to cancel the strike.")
    assert got["lecturers"] == "NGAEDU"
    got = codes(resolver, "The Chilean government ended talks with the striking truck drivers.")
    assert got["truck drivers"] == "CHLLAB"


def test_a_bare_noun_for_people_between_two_countries_stays_uncoded(resolver: Language) -> None:
    got = codes(resolver, "Kenyan police arrested a man near the border with Uganda.")
    assert set(got) == {"Kenyan police", "Uganda"}
    # an owner after the noun says whose people they are
    got = codes(resolver, "Peruvian officials sent condolences to the family of the mine owner.")
    assert "family" not in got
    # a country word before the noun is composed as before, on the whole phrase
    assert codes(resolver, "Police said a Lebanese man was arrested.") == {"Lebanese man": "LBNCVL"}
