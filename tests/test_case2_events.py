"""A bomber who blows himself up: a suicide bombing, in 2025 wire style (issue 14, session 37, branch case2;
docs/events.md rule 388).

Each sentence is our own construction, none copied from an evaluation set, the CASE 2021 snippets or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). "Blow up" is destruction of property (CAMEO 1712: "blew up a bridge"); with a reflexive object
("blew himself up", "blew herself up", "blew themselves up") the bomb is the doer's own body, which is CAMEO 1831
"carry out suicide bombing", the code a "suicide bomber struck" sentence already has (rule 189e). The source is the
bomber, the target the party or the place the bombing is at (rules 21, 25, 70b, unchanged). Controls: a thing blown up
keeps 1712, a suicide bomber's own attack verb keeps 1831, and "blow" in another sense codes nothing. ``XFAIL`` keeps
the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


CASE2_SENTENCES: list[tuple[str, Events]] = [
    # a suicide bomber at a place of his own country: toward that country (the place convention, rule 70b)
    ("A suicide bomber blew himself up at a police checkpoint in Mogadishu on Tuesday.", {("SOM", "SOM", "1831")}),
    ("Two suicide bombers blew themselves up outside a mosque in Kano, Nigeria.", {("NGA", "NGA", "1831")}),
    (
        "A female suicide bomber blew herself up at a bus station in Maiduguri, killing four people.",
        {("NGA", "NGA", "1831")},
    ),
    (
        "Three suicide bombers blew themselves up at the entrance of a camp for displaced people in Borno state.",
        {("NGA", "NGA", "1831")},
    ),
    (
        "A Taliban suicide bomber blew himself up near a government office in Kandahar on Sunday.",
        {("AFG", "AFG", "1831")},
    ),
    ("A suicide bomber has blown himself up at a market in Peshawar, Pakistan.", {("PAK", "PAK", "1831")}),
    ("Suicide bombers blew themselves up at two churches in Lahore on Easter Sunday.", {("PAK", "PAK", "1831")}),
    ("A suicide bomber blew himself up near a convoy of Malian soldiers outside Gao.", {("MLI", "MLI", "1831")}),
    (
        "A teenage suicide bomber blew herself up at a crowded market in Konduga, Nigeria, police said.",
        {("NGA", "NGA", "1831")},
    ),
    ("A suicide bomber blew himself up at a wedding in Diyarbakir, Turkey, on Saturday.", {("TUR", "TUR", "1831")}),
    (
        "Two bombers blew themselves up at a police station in Dagestan, Russian officials said.",
        {("RUS", "RUS", "1831")},
    ),
    (
        "A suicide bomber blew himself up at a rally of the Awami National Party in Peshawar.",
        {("PAK", "PAK", "1831")},
    ),
    ("A bomber blew himself up inside a Shia mosque in Kandahar during Friday prayers.", {("AFG", "AFG", "1831")}),
    # a foreign bomber, or a foreign party's post: toward that party
    ("An Afghan suicide bomber blew himself up near the Russian embassy in Kabul.", {("AFG", "RUS", "1831")}),
    (
        "A Tajik suicide bomber blew himself up at the gate of a Russian military base in Dushanbe.",
        {("TJK", "RUS", "1831")},
    ),
    ("A Somali suicide bomber blew himself up outside a hotel in Nairobi.", {("SOM", "KEN", "1831")}),
    ("An Uzbek suicide bomber blew himself up at a checkpoint of Afghan police in Kunduz.", {("UZB", "AFG", "1831")}),
    # the particle before the reflexive object (the object read first, as for "hand over", rule 150c)
    ("Two suicide bombers blew up themselves at a checkpoint in Konduga, Nigeria.", {("NGA", "NGA", "1831")}),
    # the bombing beside another act of the sentence
    (
        "The suicide bomber blew himself up after police surrounded his car in Ankara.",
        {("TUR", "TUR", "1831"), ("TUR", "TUR", "191")},
    ),
]

XFAIL: dict[str, str] = {
    "A female suicide bomber blew herself up at a bus station in Maiduguri, killing four people.": "the casualty "
    "participle keeps its own 180 beside the bombing (rule 189e refines a bomber's 190 only)",
    "Three suicide bombers blew themselves up at the entrance of a camp for displaced people in Borno state.": "the "
    "place is the camp's people three phrases deep (entrance, of a camp, for people), past the target search",
    "Two bombers blew themselves up at a police station in Dagestan, Russian officials said.": "a bare 'bombers' "
    "resolves to no party (it may be aircraft, rule 213h)",
    "A bomber blew himself up inside a Shia mosque in Kandahar during Friday prayers.": "a bare 'bomber' resolves "
    "to no party (rule 213h)",
    "The suicide bomber blew himself up after police surrounded his car in Ankara.": "the only place is in the "
    "'after' clause, no target of the bombing; a car surrounded names no party",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CASE2_SENTENCES, XFAIL))
def test_case2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# rule 388b: an attack by armed men on a college, a university or its campus is an attack on a civilian place (180,
# rule 195h), as one on a school is; armed men of no state ("armed men", "masked men") are such doers as gunmen are
CASE2_ATTACK_SENTENCES: list[tuple[str, Events]] = [
    ("Armed men attacked a university in Kabul on Monday.", {("AFG", "AFG", "180")}),
    ("Al-Shabaab gunmen attacked a college campus in Garissa, Kenya.", {("SOM", "KEN", "180")}),
    ("Boko Haram fighters stormed a college in Yobe state, Nigeria.", {("NGA", "NGA", "180")}),
    ("Unidentified armed men raided a university campus in Zamfara, Nigeria.", {("NGA", "NGA", "180")}),
    ("Islamist militants attacked a teacher training college in Mali.", {("MLI", "MLI", "180")}),
    ("Gunmen stormed a student dormitory in Mogadishu.", {("SOM", "SOM", "180")}),
    ("Masked men attacked students on a university campus in Kampala.", {("UGA", "UGA", "180")}),
    ("Armed men attacked a village in Zamfara, Nigeria.", {("NGA", "NGA", "180")}),
]

# rule 396 (xfails39): "masked men" are UAF, so the Kampala row passes and left this dict
ATTACK_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CASE2_ATTACK_SENTENCES, ATTACK_XFAIL))
def test_case2_attack_on_campus_is_unconventional_violence(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CASE2_CONTROLS: list[tuple[str, Events]] = [
    # a thing blown up is property destroyed (1712)
    ("Houthi rebels blew up a Yemeni government building in Taiz.", {("YEM", "YEM", "1712")}),
    ("PKK militants blew up an oil pipeline in Turkey.", {("TUR", "TUR", "1712")}),
    ("Russian forces blew up a dam in southern Ukraine.", {("RUS", "UKR", "1712")}),
    ("Congolese rebels blew a bridge up near Goma.", {("COD", "COD", "1712")}),
    # a suicide bomber's own attack verb keeps the bombing (rule 189e)
    ("A suicide bomber attacked a police post in Quetta.", {("PAK", "PAK", "1831")}),
    # an attack on a military post, or by a state's troops, stays the fighting it was (190, rule 195h)
    ("Militants attacked an army base in Kabul.", {("AFG", "AFG", "190")}),
    ("Russian troops attacked a Ukrainian village.", {("RUS", "UKR", "190")}),
    # "blow" in another sense is no event
    ("The referee blew the whistle to end the match in Cairo.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASE2_CONTROLS)
def test_case2_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
