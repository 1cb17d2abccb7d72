"""Issue 14 (session 14, actors7): companies and groups of states. The people who act for a company take the
company's code ("Gazprom executives", "Chinese telecom company executives", "executives of the Chinese telecom
company Huawei"); a company described by a country word and a company noun and then named is the company, not
the bare state ("the Chinese telecoms giant Huawei"); a country word before "former ... republics / states /
countries" names the states that left that union, not the union's heir ("former Soviet republics" is not RUS).
All sentences are constructed; the real spaCy model and ``actor_resolver`` (``resolver`` fixture) run."""

from __future__ import annotations

from spacy.language import Language

from .actor_mentions import found


def codes(nlp: Language, text: str) -> dict[str, str]:
    return dict(found(nlp, text))


# ---- the people of a company -----------------------------------------------------------------------------------


def test_a_described_company_before_its_people_covers_them(resolver: Language) -> None:
    # before: "Chinese telecom company" was a mention only as the modifier of "executives"
    got = codes(resolver, "Chinese telecom company executives met Canadian officials in Ottawa.")
    assert got["Chinese telecom company executives"] == "CHNBUS"
    assert got["Canadian officials"] == "CANGOV"
    got = codes(resolver, "Indian oil company executives met Russian officials in Moscow.")
    assert got["Indian oil company executives"] == "INDBUS"


def test_a_codebook_company_before_or_owning_its_people(resolver: Language) -> None:
    got = codes(resolver, "Gazprom executives met German officials in Berlin.")
    assert got["Gazprom executives"] == "RUSBUS"
    got = codes(resolver, "Rosneft's chief executive met Indian officials.")
    assert got["Rosneft's chief executive"] == "RUSBUS"


def test_a_described_company_takes_the_name_after_it(resolver: Language) -> None:
    got = codes(resolver, "Executives of Chinese telecom company Huawei met Canadian officials.")
    assert got["Chinese telecom company Huawei"] == "CHNBUS"
    assert got["Executives"] == "CHNBUS"  # the people "of" the company


def test_a_country_word_with_a_company_noun_and_a_name_is_the_company(resolver: Language) -> None:
    # before: "Chinese" alone, the bare state (CHN), accused the United States
    got = codes(resolver, "The Chinese telecoms giant Huawei accused the United States of bullying.")
    assert got["Chinese telecoms giant Huawei"] == "CHNBUS"
    assert "Chinese" not in got


def test_a_description_before_a_known_company_joins_it(resolver: Language) -> None:
    # before: "Russian" stayed a mention of the state beside the company
    got = codes(resolver, "The Russian energy giant Gazprom cut supplies to Ukraine.")
    assert got["Russian energy giant Gazprom"] == "RUSBUS"
    assert "Russian" not in got


def test_a_company_before_a_thing_or_a_country_before_people_is_unchanged(resolver: Language) -> None:
    # a company that modifies a thing stays what it was; a state's people keep their own role
    got = codes(resolver, "Gazprom pipelines carried gas to Germany.")
    assert got.get("Gazprom") == "RUSBUS" and not any("pipelines" in text for text in got)
    got = codes(resolver, "Chinese troops crossed the border.")
    assert got["Chinese troops"] == "CHNMIL"
    # a warship is no company: "carrier" is not read as a company noun
    got = codes(resolver, "The Chinese aircraft carrier Liaoning sailed near Taiwan.")
    assert not any(code.endswith("BUS") for code in got.values())


# ---- the former states of a union ------------------------------------------------------------------------------


def test_former_republics_of_a_union_are_not_its_heir(resolver: Language) -> None:
    got = codes(resolver, "Former Soviet republics from the CIS agreed to a new customs union.")
    assert "Soviet" not in got
    assert got["CIS"] == "IGOCIS"
    got = codes(resolver, "The former Yugoslav republics asked the EU for aid.")
    assert "Yugoslav" not in got


def test_a_union_word_without_former_states_is_kept(resolver: Language) -> None:
    got = codes(resolver, "Soviet troops entered Afghanistan in 1979.")
    assert got["Soviet troops"] == "RUSMIL"
    got = codes(resolver, "A former Soviet general criticised Moscow.")
    assert any(code.startswith("RUS") for text, code in got.items() if "Soviet" in text)
