"""Unnamed attackers take the country of the place their act is told at, when that place is named by a possessive,
a region name before its noun or a country name of two words (issue 14, session 38, branch case3; docs/events.md
rule 403).

Each sentence is our own construction in 2025 wire style, none copied or paraphrased from an evaluation set, the
seeds or the news excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer
off (``rules_nlp``). Rule 52a keeps unnamed attackers ("gunmen", "armed men", CAMEO's ``UAF`` role) from taking the
country of their victims ("two Chinese engineers") or of the state reporting the attack, but lets the place of the
act lend its country ("Gunmen attacked a hotel in Kenya": domestic, as CAMEO codes an attack inside a country). The
victims' test read the first word of a mention and any owner or modifier dependency: so "in Kenya's Lamu county"
(the country a possessive on the place noun), "in Kunduz province" (a region name as the noun's compound) and "in
northern Burkina Faso" (a two-word name whose first word is the name's own compound) were read as the victims'
nationality and the attackers stayed uncoded, no event. The codes are the project's conventions for the same act
told "in northern <country>": an attack on a village, a place of worship or a school 180 (rule 195h), a killing 190,
an abduction 181. Controls: the "in northern <country>" form keeps its code; foreign victims, or a state that only
reports the attack, still give no event (two countries, or the victims' own). ``XFAIL`` keeps the rows the change
does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded, table_cases

Events = set[tuple[str, str, str]]


CASE3_SENTENCES: list[tuple[str, Events]] = [
    # a possessive country on the place noun of the act's "in" phrase
    ("Gunmen attacked a village in Nigeria's Zamfara state on Sunday.", {("NGA", "NGA", "180")}),
    ("Gunmen attacked a mosque in Niger's Tillaberi region, killing 14 worshippers.", {("NER", "NER", "180")}),
    ("Armed men shot dead two teachers in Mali's Mopti region.", {("MLI", "MLI", "190")}),
    ("Gunmen kidnapped a priest in Cameroon's Northwest region on Friday.", {("CMR", "CMR", "181")}),
    ("Unknown gunmen opened fire on a bus in Kenya's Lamu county.", {("KEN", "KEN", "190")}),
    ("Gunmen stormed a school in Pakistan's Khyber Pakhtunkhwa province, police said.", {("PAK", "PAK", "180")}),
    ("Gunmen have attacked a church in Mozambique's Cabo Delgado province.", {("MOZ", "MOZ", "180")}),
    ("Gunmen attacked a convoy in South Sudan's Jonglei state.", {("SSD", "SSD", "190")}),
    # a region name as the compound of the place noun
    ("Gunmen killed a judge in Kunduz province on Wednesday.", {("AFG", "AFG", "190")}),
    ("Armed men attacked a village in Borno state overnight.", {("NGA", "NGA", "180")}),
    ("Gunmen abducted 20 students in Katsina state.", {("NGA", "NGA", "181")}),
    ("Gunmen attacked a village in Sokoto state, the governor said.", {("NGA", "NGA", "180")}),
    # a country named by two words, the first the name's own compound
    ("Gunmen attacked a church in northern Burkina Faso.", {("BFA", "BFA", "180")}),
    ("Gunmen attacked a village in eastern Sierra Leone.", {("SLE", "SLE", "180")}),
    ("Armed men killed four farmers in northern Burkina Faso.", {("BFA", "BFA", "190")}),
    ("Gunmen kidnapped a village chief in the Central African Republic's Ouham prefecture.", {("CAF", "CAF", "181")}),
]

# rows the change does not fix, each with why: none (every row passes with rule 403a; 4 of 16 passed before)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CASE3_SENTENCES, XFAIL))
def test_case3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(CASE3_SENTENCES, XFAIL))
def test_case3_attackers_are_the_places_unnamed_force(rules_nlp: Language, text: str, expected: Events) -> None:
    mentions, _ = coded(rules_nlp, text, full_codes=True)
    country = next(iter(expected))[0]
    attackers = [t for t in mentions if t.lower().split()[-1] in ("gunmen", "men")]
    assert attackers and all(mentions[t] == country + "UAF" for t in attackers)


CASE3_CONTROLS: list[tuple[str, Events]] = [
    # the place named plainly keeps its code
    ("Gunmen attacked a village in northern Nigeria.", {("NGA", "NGA", "180")}),
    ("Gunmen opened fire on police in Karachi.", {("PAK", "PAK", "190")}),
    # foreign victims beside the place: two countries, no event (rule 52a)
    ("Gunmen kidnapped two Chinese engineers in Pakistan's Sindh province.", set()),
    ("Gunmen killed two Egyptian soldiers in Libya's Kufra district.", set()),
    # the victims' own nationality, or the reporting state, lends no country
    ("Gunmen killed three Pakistani soldiers.", set()),
    ("Gunmen abducted two Turkish engineers, Turkey said.", set()),
    # a possessive that owns the object itself is still the victims' owner
    ("Gunmen attacked Nigeria's embassy.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASE3_CONTROLS)
def test_case3_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
