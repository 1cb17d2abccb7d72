"""National institutions named by their own name in 2024-2025 wire style, acting toward another party (issue 14,
session 37, branch institutions2; docs/events.md rule 394).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). News names a
state by its seat of government ("Yongsan", "the Kantei", "the Farnesina", "South Block"), its legislature ("the
Legislative Yuan", "the Supreme People's Assembly", "the Althing"), its commands and forces ("the Eastern Theater
Command", "US Southern Command", "the Luftwaffe"), its agencies ("the Verfassungsschutz", "ASIO", "NABU", "COGAT",
"ISPR") and its state firms and central banks ("ADNOC", "PDVSA", "the Riksbank"). CAMEO codes such an actor as its
country plus a role (docs/actors.md); an institution the codebook lacks leaves the event without a party, so the
event is lost. Rows compare actors on their primary code as the scorer does, with CAMEO codes chosen before the
coder ran (111 criticise, 112 accuse, 051 praise, 043 host, 163 sanction, 173 arrest, 120 reject, 057 sign an
agreement, one event per direction). Controls: a command name that other states' forces share ("Central Command",
"Southern Command" of the IDF), neighbours already coded, and words that are also common words ("raw", "doge")
stay with their own country or uncoded.
``XFAIL`` keeps the rows the change does not fix, each with why.

First run, 36 rows: START codes 6 of them, this change 29. Seven expectations were then corrected to the codebook
and the project's conventions, none of them an actor: three accusations to the codebook's refinements (violating
airspace 1123 aggression, spying 1125 espionage, bribing 1121 corruption), a proposal rejected with no meeting or
talks in it is 120, not 125, a signed agreement is one event per direction (``both``), and the strikes that a
condemnation names are their own event (190). With them START codes 6 of 36, this change 36 of 36; the 7 controls
and the cased-form test pass on both.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


INSTITUTIONS2_SENTENCES: list[tuple[str, Events]] = [
    # seats of government standing for their governments
    ("Yongsan criticized Japan over the textbook revisions on Monday.", {("KOR", "JPN", "111")}),
    ("The Kantei accused China of violating Japanese airspace.", {("JPN", "CHN", "1123")}),
    ("The Farnesina condemned Russia's strikes on Kyiv.", {("ITA", "RUS", "111"), ("RUS", "UKR", "190")}),
    ("Itamaraty praised Argentina for its support of the trade deal.", {("BRA", "ARG", "051")}),
    ("South Block accused Pakistan of sheltering militants.", {("IND", "PAK", "112")}),
    # legislatures
    ("The Legislative Yuan condemned China's military drills near the island.", {("TWN", "CHN", "111")}),
    ("The Supreme People's Assembly denounced South Korea as a hostile state.", {("PRK", "KOR", "111")}),
    ("The Althing criticized Israel over the humanitarian situation in Gaza.", {("ISL", "ISR", "111")}),
    ("The Sabor praised Ukraine for its resilience.", {("HRV", "UKR", "051")}),
    ("The Executive Yuan thanked Japan for its disaster assistance.", {("TWN", "JPN", "051")}),
    ("The Mainland Affairs Council accused Beijing of spreading disinformation.", {("TWN", "CHN", "112")}),
    # Iranian councils and agencies
    ("The Guardian Council rejected a proposal from the European Union.", {("IRN", "IGO", "120")}),
    ("The Atomic Energy Organization of Iran accused the IAEA of bias.", {("IRN", "IGO", "112")}),
    # Chinese commands and agencies
    ("The Eastern Theater Command accused Taiwan of provocations.", {("CHN", "TWN", "112")}),
    ("The Southern Theatre Command warned the Philippines over the shoal.", {("CHN", "PHL", "130")}),
    ("The Central Military Commission praised Pakistan's army.", {("CHN", "PAK", "051")}),
    ("The Ministry of State Security accused Britain of recruiting Chinese officials.", {("CHN", "GBR", "112")}),
    ("The Taiwan Affairs Office condemned the United States over the arms sale.", {("CHN", "USA", "111")}),
    ("The State Council praised Vietnam for deepening cooperation.", {("CHN", "VNM", "051")}),
    # India, US, UK, Germany, Australia, Canada, Turkey agencies
    ("The Research and Analysis Wing accused Canada of harbouring separatists.", {("IND", "CAN", "112")}),
    ("US Southern Command accused Venezuela of shielding drug traffickers.", {("USA", "VEN", "112")}),
    ("The Border Patrol arrested forty Mexican migrants near El Paso.", {("USA", "MEX", "173")}),
    ("The Drug Enforcement Administration accused Colombia of ignoring cocaine labs.", {("USA", "COL", "112")}),
    ("Scotland Yard arrested two Iranian nationals in London.", {("GBR", "IRN", "173")}),
    ("The Verfassungsschutz accused Russia of sabotage plots in Germany.", {("DEU", "RUS", "112")}),
    ("ASIO accused China of spying on Australian officials.", {("AUS", "CHN", "1125")}),
    ("The Canadian Security Intelligence Service accused India of interference.", {("CAN", "IND", "112")}),
    ("The National Intelligence Organization arrested four Israeli agents in Istanbul.", {("TUR", "ISR", "173")}),
    # Israel, Pakistan, Ukraine, Germany
    ("COGAT accused Hamas of diverting aid trucks.", {("ISR", "PSE", "112")}),
    ("ISPR accused India of firing across the Line of Control.", {("PAK", "IND", "112")}),
    ("NABU accused Russia of bribing Ukrainian officials.", {("UKR", "RUS", "1121")}),
    ("The Luftwaffe hosted Polish pilots for joint exercises.", {("DEU", "POL", "043")}),
    # state companies and central banks
    ("ADNOC signed an agreement with India on LNG supplies.", both("ARE", "IND", "057")),
    ("Sonatrach signed an agreement with Italy on gas supplies.", both("DZA", "ITA", "057")),
    ("Washington imposed sanctions on PDVSA.", {("USA", "VEN", "163")}),
    ("The State Bank of Pakistan praised China for rolling over its loans.", {("PAK", "CHN", "051")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(INSTITUTIONS2_SENTENCES, XFAIL))
def test_institutions2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


INSTITUTIONS2_CONTROLS: list[tuple[str, Events]] = [
    # the IDF's own commands keep Israel, not the US commands of the same name
    ("Israel's Southern Command accused Hamas of violating the truce.", {("ISR", "PSE", "112")}),
    ("The Israeli army's Central Command arrested three Palestinians in Jenin.", {("ISR", "PSE", "173")}),
    # neighbours already coded keep their codes
    ("The Kremlin accused Estonia of provocations.", {("RUS", "EST", "112")}),
    ("The Bundestag condemned Iran's executions.", {("DEU", "IRN", "111")}),
    ("The IDF accused Hezbollah of rearming in southern Lebanon.", {("ISR", "LBN", "112")}),
    ("Downing Street praised Ireland for its cooperation.", {("GBR", "IRL", "051")}),
    # a lower-case common word is no institution
    ("Canada accused China of buying raw materials from North Korea.", {("CAN", "CHN", "112")}),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTIONS2_CONTROLS)
def test_institutions2_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_institutions2_ambiguous_forms_are_cased(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "The doge of Venice accused Genoa of piracy.") == set()
