"""Masked or hooded men who attack a civilian place, in 2025 wire style (issue 14, session 37, branch
xfails39; docs/events.md rule 396, refining rules 388b, 195h, 121g and 188c).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Men who hide their
faces ("masked men", "hooded men") are an unidentified armed force, as "armed men" and "gunmen" already are (actor
role ``UAF``), not a crowd of civilians: their attack, storming or raid on a church, a market, a bus or a school is
unconventional violence (CAMEO 180 "use unconventional violence", rules 195h / 388b), not a violent protest (145
"protest violently, riot"), which rules 121g / 188c keep for a crowd of civilians, protesters or rioters. Controls:
protesters and rioters who storm or attack still riot (145); armed men keep 180; an arrest of masked men and an
abduction by unidentified men keep their codes; young men who protest still demonstrate (141). ``XFAIL`` keeps the
rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


XFAILS39_SENTENCES: list[tuple[str, Events]] = [
    # masked or hooded men attack a civilian place: unconventional violence (180), not a riot (145)
    ("Masked men attacked a church in Kaduna state, Nigeria, on Sunday.", {("NGA", "NGA", "180")}),
    ("Hooded men raided a market in Bunia, Congo, on Thursday.", {("COD", "COD", "180")}),
    ("Masked men attacked passengers on a bus near Peshawar.", {("PAK", "PAK", "180")}),
    ("Hooded men stormed a mosque in Herat during evening prayers.", {("AFG", "AFG", "180")}),
    ("A masked man attacked worshippers at a synagogue in Manchester.", {("GBR", "GBR", "180")}),
    ("Masked men stormed a hotel in Bamako, Mali, on Friday.", {("MLI", "MLI", "180")}),
    # men the report cannot name
    ("Unidentified men attacked a school in Cabo Delgado, Mozambique.", {("MOZ", "MOZ", "180")}),
]

XFAIL: dict[str, str] = {
    "Unidentified men attacked a school in Cabo Delgado, Mozambique.": "'unidentified men' stay civilians (a riot, "
    "145): as a UAF role they lose an abduction of foreigners ('two Italian engineers'), as gunmen do, so not added",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(XFAILS39_SENTENCES, XFAIL))
def test_xfails39_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


XFAILS39_CONTROLS: list[tuple[str, Events]] = [
    # a crowd that storms or attacks still riots (rules 121g, 188c)
    ("Protesters stormed the parliament building in Nairobi.", {("KEN", "KEN", "145")}),
    ("Rioters attacked the French embassy in Niamey.", {("NER", "FRA", "145")}),
    # armed men keep their unconventional violence (rule 388b)
    ("Armed men attacked a village in Katsina, Nigeria.", {("NGA", "NGA", "180")}),
    # other acts by or on such men keep their codes
    ("Police arrested two masked men in Bogota.", {("COL", "COL", "173")}),
    ("Unidentified men abducted two Italian engineers in Niger.", {("NER", "ITA", "181")}),
    # men who are no such force: a demonstration (rule 68)
    ("Young men protested against the government in Dakar.", {("SEN", "SEN", "141")}),
]


@pytest.mark.parametrize(("text", "expected"), XFAILS39_CONTROLS)
def test_xfails39_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
