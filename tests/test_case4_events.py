"""Police at the place of their act take that place's country (issue 14, session 38, branch case4; docs/events.md
rule 407).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set, the CASE 2021 snippets
or the news excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). A bare role of a state (government, army, police) takes its sentence's one country only beside
a non-state actor of that country (docs/actors.md "Bare roles"): troops, soldiers or officials in a place are as
often another country's, and "authorities" alone were let take the country of the place of their act (session 13).
Police and gendarmes are the other state role that acts where it belongs: a police force works at home, so a bare
"police", "policemen", "riot police" or "gendarmes" in a sentence whose one country is named as the place of an act
("in Lagos", "in Kisumu, Kenya") is that country's police (``COP``), and its arrests of that country's soldiers or
officials (CAMEO 173, arrest, detain or charge with legal action) and the bombings that kill it (183, 1831, by
rule 70b's unnamed doer of the place) are coded. Controls: troops, soldiers or "the army" acting in a named country
stay uncoded (an army may be abroad: giving them the place's code would make a foreign army its enemy's), as do
police whose sentence names its country only as the other party or names two countries, and "security forces"
(a name an occupying force shares). ``XFAIL`` keeps the rows the rule does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


CASE4_SENTENCES: list[tuple[str, Events]] = [
    # police "in" a city of the country, arresting its soldiers or officials (173)
    ("Police in Lagos arrested two Nigerian army officers on fraud charges on Tuesday.", {("NGA", "NGA", "173")}),
    ("Riot police in Dhaka detained a Bangladeshi customs official at the port.", {("BGD", "BGD", "173")}),
    ("Gendarmes in Abidjan arrested three Ivorian soldiers accused of extortion.", {("CIV", "CIV", "173")}),
    ("Police in Kisumu, Kenya, arrested two Kenyan officials suspected of bribery.", {("KEN", "KEN", "173")}),
    ("Policemen in Karachi arrested a Pakistani navy officer late on Friday.", {("PAK", "PAK", "173")}),
    ("Police in Manila have arrested three Filipino soldiers suspected of robbery.", {("PHL", "PHL", "173")}),
    ("Gendarmes in Niamey detained a Nigerien army colonel on Wednesday.", {("NER", "NER", "173")}),
    # the place of the act at the end of the clause
    ("Police arrested two Ghanaian immigration officials in Accra on Monday.", {("GHA", "GHA", "173")}),
    ("Police detained a Colombian army major in Medellin over the weekend.", {("COL", "COL", "173")}),
    ("Riot police arrested four Peruvian officials in Lima after the vote.", {("PER", "PER", "173")}),
    # passive: the police in the agent phrase
    ("Two Ugandan soldiers were arrested by police in Kampala on Thursday.", {("UGA", "UGA", "173")}),
    # police killed by a bomb nobody claims, in a place of their country (rule 70b: the place's country)
    ("A roadside bomb killed four policemen in Quetta, Pakistan, on Sunday.", {("PAK", "PAK", "183")}),
    ("A suicide bomber killed six policemen at a checkpoint in Peshawar.", {("PAK", "PAK", "1831")}),
    ("A roadside bomb killed three police officers in Kandahar on Saturday.", {("AFG", "AFG", "183")}),
    ("An explosion wounded three gendarmes in Ouagadougou, Burkina Faso.", {("BFA", "BFA", "190")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CASE4_SENTENCES, XFAIL))
def test_case4_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CASE4_CONTROLS: list[tuple[str, Events]] = [
    # a foreign army acting in a named country does not take its code
    ("Soldiers opened fire on policemen at a checkpoint in Donetsk, Ukraine.", set()),
    ("Troops arrested two Ukrainian police officers in Kherson.", set()),
    ("Troops detained three Syrian officials in Quneitra.", set()),
    ("The army shelled positions of the Lebanese army in southern Lebanon.", set()),
    # "security forces" are left out: an occupying force is called so too
    ("Security forces arrested two Iraqi officials in Basra.", set()),
    # police whose country is named only as the other party, or with a second country
    ("Police arrested a Kenyan diplomat at the airport.", set()),
    ("Police in Paris detained two Algerian officials.", set()),
    # police beside a non-state actor of the place keep its code (rule 20)
    ("Police in Nairobi arrested three Kenyan journalists.", {("KEN", "KEN", "173")}),
]


@pytest.mark.parametrize(("text", "expected"), CASE4_CONTROLS)
def test_case4_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
