"""Police at the place of their act take that place's country (issue 14, session 38, branch case4; docs/events.md
rule 407).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set, the CASE 2021 snippets
or the news excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). A bare role of a state (government, army, police) takes its sentence's one country only beside
a non-state actor of that country, and none in a sentence naming two (docs/actors.md "Bare roles"): troops,
soldiers or officials in a place are as often another country's. Two exceptions were made before for roles that act
where they belong: "police in Uganda" (a located role, the place right after the noun) and "the authorities" at the
place of their act (session 13). Police and gendarmes act at home wherever the place is written: a bare "police",
"policemen", "riot police" or "gendarmes" that is the subject of an act whose place is named ("arrested two Chinese
nationals in Nairobi", "at the airport in Bangkok": rule 68c's place of the act, as for protesters) is that place's
country's police (``COP``), so its arrest of a foreigner there is coded (CAMEO 173, arrest, detain or charge with
legal action) from the place's country to the other. Two state roles of one country make no event (docs/events.md
"Domestic events": never ``KENCOP -> KENGOV``), so the rows pair the police with another country. Controls: troops,
soldiers or "the army" acting in a named country stay uncoded (an army may be abroad: giving it the place's code would
make a foreign army its enemy's), as do "security forces", police whose sentence names no place of their act or two,
and police with a country of their own. ``XFAIL`` keeps the rows the rule does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


CASE4_SENTENCES: list[tuple[str, Events]] = [
    # police as the subject of an act whose place ("in" on the verb) names another country than its target
    ("Police arrested two Chinese nationals in Nairobi on Tuesday.", {("KEN", "CHN", "173")}),
    ("Police detained a British journalist in Istanbul over the weekend.", {("TUR", "GBR", "173")}),
    ("Gendarmes arrested three Malian traders in Dakar.", {("SEN", "MLI", "173")}),
    ("Police have detained two Afghan migrants in Tehran.", {("IRN", "AFG", "173")}),
    ("Policemen arrested a Ukrainian activist in Minsk on Friday.", {("BLR", "UKR", "173")}),
    ("Police arrested two Kenyan officials in Kampala.", {("UGA", "KEN", "173")}),
    ("Gendarmes arrested two French nationals in Yaounde.", {("CMR", "FRA", "173")}),
    ("Police arrested a Georgian opposition leader in Kyiv.", {("UKR", "GEO", "173")}),
    ("Police had arrested three Eritrean men in Khartoum.", {("SDN", "ERI", "173")}),
    ("Riot police detained four Turkish fans in Manchester after the match.", {("GBR", "TUR", "173")}),
    # the place in a locative phrase's object ("at the airport in Bangkok") or the object's own "in" phrase
    ("Police detained an American tourist at the airport in Bangkok.", {("THA", "USA", "173")}),
    ("Police arrested a Nigerian student at a hostel in Accra.", {("GHA", "NGA", "173")}),
    # the police in an agent phrase, or in a town the codebook lacks before its country
    ("Two Nigerian students were arrested by police in Accra on Thursday.", {("GHA", "NGA", "173")}),
    ("Police in Kisumu, Kenya, arrested two Somali nationals.", {("KEN", "SOM", "173")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CASE4_SENTENCES, XFAIL))
def test_case4_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CASE4_CONTROLS: list[tuple[str, Events]] = [
    # a foreign army acting in a named country does not take its code
    ("Troops arrested two Chinese nationals in Nairobi.", set()),
    ("Soldiers detained a British journalist in Gaza.", set()),
    ("The army shelled Ukrainian positions in Kharkiv overnight.", set()),
    ("Soldiers opened fire on Lebanese fishermen off the coast in Tyre.", set()),
    # "security forces" are left out: an occupying force is called so too
    ("Security forces detained two Afghan migrants in Tehran.", set()),
    # police whose sentence names no place of their act, or two
    ("Police arrested two Chinese nationals suspected of fraud.", set()),
    ("Police arrested Chinese nationals in Nairobi and Kampala.", set()),
    # police with a country of their own, beside a non-state actor of the place, or as the target keep their code
    ("Kenyan police arrested two Chinese nationals in Kampala.", {("KEN", "CHN", "173")}),
    ("Police in Nairobi arrested three Kenyan journalists.", {("KEN", "KEN", "173")}),
    ("Russian troops arrested two Ukrainian policemen in Kherson.", {("RUS", "UKR", "173")}),
]


@pytest.mark.parametrize(("text", "expected"), CASE4_CONTROLS)
def test_case4_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
