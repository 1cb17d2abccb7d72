"""Police and placed roles whose place of act is "the <demonym> capital" take that country (issue 14, session 39,
branch case5; docs/events.md rule 416).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set, the CASE 2021 snippets
or the news excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Rule 68c reads the place of a bare role's own act (the subject's verb's "in" phrase, its direct
object's, a locative phrase's object's) and lends its country to protesters, activists and other non-state roles in a
sentence naming two countries; rule 407 lends it to police ("Police fired tear gas at Ethiopian protesters in
Nairobi" is KEN -> ETH 175). Both read only a plain "in <place>". Wire copy names a capital or a city as often by its
country's demonym: "in the Kenyan capital", "in the Turkish border town", "in the Afghan province". A demonym on a
place noun (the events lexicon's ``state_strike_place_nouns``: capital, city, town, village, region, province,
district, oblast, suburb) names the country the place lies in, so it is read as that country's place, as "in
Nairobi" is. CAMEO codes, as for the plain place: tear gas 175 (use tactics of violent repression), a beating 182
(physically assault), a shooting or a raid 190 (the project's code for a killing or raid by a state force), a
detention 173 (arrest, detain or charge), a protest 141 (demonstrate or rally). Controls: an army, soldiers or
"security forces" in the same place stay uncoded (an army may be abroad, session 38 case4); police with a country of
their own ("Kenyan police ... in the Ugandan capital") keep it, not the capital's; a demonym on a noun that is no
place ("a Kenyan restaurant") or a capital that is not the place of the police's own act names no place of theirs; two
capitals name two countries. ``XFAIL`` keeps the rows the rule does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


CASE5_SENTENCES: list[tuple[str, Events]] = [
    # police as the subject, "in the <demonym> <place noun>" on the verb or its object
    ("Police fired tear gas at Ethiopian protesters in the Kenyan capital on Sunday.", {("KEN", "ETH", "175")}),
    ("Riot police fired tear gas at Palestinian students in the Jordanian capital.", {("JOR", "PSE", "175")}),
    ("Gendarmes fired tear gas at Guinean protesters in the Malian capital late on Monday.", {("MLI", "GIN", "175")}),
    ("Police shot dead two Somali smugglers in the Kenyan coastal city of Mombasa.", {("KEN", "SOM", "190")}),
    ("Policemen beat a Ukrainian activist in the Belarusian capital on Friday.", {("BLR", "UKR", "182")}),
    ("Police have beaten two Afghan migrants in a Turkish border town.", {("TUR", "AFG", "182")}),
    ("Police raided a Chinese mining company in the Zambian capital.", {("ZMB", "CHN", "190")}),
    ("Police have detained a British journalist in the Turkish capital.", {("TUR", "GBR", "173")}),
    ("Police detained three Pakistani traders in the Afghan border province on Wednesday.", {("AFG", "PAK", "173")}),
    ("Police arrested two Nigerian students in the Ghanaian capital.", {("GHA", "NGA", "173")}),
    ("Police will detain any Venezuelan migrant found without papers in the Peruvian capital.", set()),
    # the place in a locative phrase's object ("at the airport in the Thai capital")
    ("Police detained an American tourist at the airport in the Thai capital.", {("THA", "USA", "173")}),
    ("Gendarmes beat Malian traders at a market in the Senegalese capital.", {("SEN", "MLI", "182")}),
    ("Police fired tear gas at Sudanese refugees outside a camp in the Chadian capital.", {("TCD", "SDN", "175")}),
    # non-state placed roles in a sentence naming two countries (rule 68c)
    ("Activists protested against China in the Japanese capital.", {("JPN", "CHN", "141")}),
    ("Thousands of people rallied against Israel in the Turkish capital on Friday.", {("TUR", "ISR", "141")}),
    ("Protesters demonstrated outside the French embassy in the Malian capital.", {("MLI", "FRA", "141")}),
    ("Students protested against Russia in the Georgian capital.", {("GEO", "RUS", "141")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CASE5_SENTENCES, XFAIL))
def test_case5_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CASE5_CONTROLS: list[tuple[str, Events]] = [
    # a foreign army acting in the named capital does not take its code
    ("Troops fired tear gas at Ethiopian protesters in the Kenyan capital.", set()),
    ("Soldiers shot dead two Somali smugglers in the Kenyan coastal city.", set()),
    ("The army shelled Ukrainian positions near a Russian border town overnight.", set()),
    ("Security forces fired tear gas at Afghan migrants in the Iranian capital.", set()),
    # foreign police acting in the named capital keep their own code
    ("Kenyan police detained two Ethiopian traders in the Ugandan capital.", {("KEN", "ETH", "173")}),
    ("French gendarmes detained two Malian traders in the Senegalese capital.", {("FRA", "MLI", "173")}),
    # a demonym on a noun that is no place, a capital that is not the place of the police's own act, two capitals
    ("Police beat two Ethiopian traders in a Kenyan restaurant.", set()),
    ("Police fired tear gas at Ethiopian protesters after a bombing in the Kenyan capital.", set()),
    ("Police fired tear gas at Ethiopian protesters in the Kenyan and Ugandan capitals.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASE5_CONTROLS)
def test_case5_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
