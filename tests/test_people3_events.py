"""The second tier of 2025 news acting toward another party, in 2025 wire style (issue 14, session 37, branch
people3; docs/events.md rule 398, an actor-data change: `src/detente/data/actors/people.jsonl`).

The people are those quoted daily rather than the office-holders of rule 392: spokespeople of governments, ministries,
armies, the UN Secretary-General and the EU; central bank governors; army and defence chiefs; intelligence chiefs;
opposition leaders and exiled figures. Each sentence is our own construction, none copied from an evaluation set,
the seeds or the news excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned
layer off (``rules_pipeline``), the text published on ``DATE``, and the events are compared on their FULL actor codes
(``coded(full_codes=True)``), so that a person the codebook does not know (who leaves no actor) fails the row. The
expected codes follow the project's CAMEO convention (docs/actors.md): a person is coded with the country + role of
the office ``people.jsonl`` gives on the text's date (spokespeople of a government or ministry and central bank
governors: ``GOV``, as Peskov, Zakharova, Nabiullina and Ueda already are; army chiefs and army spokesmen: ``MIL``;
intelligence chiefs: ``SPY``; opposition leaders and exiled opposition figures: ``OPP``), the UN's and the EU's
spokespeople with ``UN`` and ``EU``.

CAMEO codes from the codebook: 111 criticize or denounce, 112 accuse (not specified), 1123 accuse of aggression, 051
praise or endorse, 040 consult (a meeting, one event per side: ``both``), 044 meet at a third location (a meeting
in a city of neither side: ``both``), 042 make a visit (the visitor's only). Three expectations were corrected after
the first run, before any figure was taken, from 040 to the codebook's 044 (meetings in Frankfurt, Vilnius and
London, none the home of either side). ``XFAIL`` keeps the rows the data change does not fix, each with why.

Controls: a person out of office on the text's date keeps only the country (the army spokesman replaced in March
2025, the French chief of staff replaced in September 2025, the central bank governors replaced in December 2024,
the SBU head dismissed in July 2025, the last shah, whose name holds his son's "Reza Pahlavi"), and the bodies the
spokespeople speak for keep their own codes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import both, coded, table_cases

Events = set[tuple[str, str, str]]

DATE = "2025-11-02"


def full_events(nlp: Language, text: str) -> Events:
    """The asserted events of ``text`` published on ``DATE``, actors on their full codes, CAMEO codes whole."""
    return coded(nlp, text, full_codes=True, root=False, published=DATE)[1]


PEOPLE3_SENTENCES: list[tuple[str, Events]] = [
    # ---- spokespeople
    ("Fatemeh Mohajerani accused the United States of hypocrisy.", {("IRNGOV", "USA", "112")}),
    ("Tommy Pigott criticized Venezuela over the detentions.", {("USAGOV", "VEN", "111")}),
    ("Serhii Nykyforov accused Russia of stalling the talks.", {("UKRGOV", "RUS", "112")}),
    ("Oren Marmorstein criticized the United Nations on Thursday.", {("ISRGOV", "UN", "111")}),
    ("Avichay Adraee accused Hezbollah of violating the ceasefire.", {("ISRMIL", "LBNREB", "112")}),
    ("Effie Defrin accused Hamas of violating the ceasefire.", {("ISRMIL", "PSEREB", "112")}),
    ("Stephane Dujarric praised Qatar for its mediation.", {("UN", "QAT", "051")}),
    ("Farhan Haq criticized Israel over the demolitions.", {("UN", "ISR", "111")}),
    ("Anitta Hipper criticized Georgia over the arrests of protesters.", {("EU", "GEO", "111")}),
    ("Paula Pinho praised Moldova.", {("EU", "MDA", "051")}),
    # ---- central bank governors
    ("Tiff Macklem criticized the United States over its tariffs.", {("CANGOV", "USA", "111")}),
    ("Sanjay Malhotra met Scott Bessent in Washington.", both("INDGOV", "USAGOV", "040")),
    ("Gabriel Galipolo criticized the United States over the tariffs on Brazil.", {("BRAGOV", "USA", "111")}),
    ("Fatih Karahan met Christine Lagarde in Frankfurt.", both("TURGOV", "IGOECB", "044")),
    ("Lesetja Kganyago visited China.", {("ZAFGOV", "CHN", "042")}),
    ("Michele Bullock met Kazuo Ueda in Tokyo.", both("AUSGOV", "JPNGOV", "040")),
    ("Joachim Nagel criticized Russia.", {("DEUGOV", "RUS", "111")}),
    ("Andriy Pyshnyy praised the European Union.", {("UKRGOV", "EU", "051")}),
    ("Adam Glapinski criticized the European Central Bank.", {("POLGOV", "IGOECB", "111")}),
    ("Santiago Bausili met Scott Bessent in Buenos Aires.", both("ARGGOV", "USAGOV", "040")),
    ("Mohammad Reza Farzin accused the United States of economic terrorism.", {("IRNGOV", "USA", "112")}),
    ("Hassan Abdalla visited Saudi Arabia.", {("EGYGOV", "SAU", "042")}),
    # ---- army chiefs and intelligence chiefs
    ("Amir Hatami accused Israel of aggression.", {("IRNMIL", "ISR", "1123")}),
    ("Richard Knighton visited Ukraine.", {("GBRMIL", "UKR", "042")}),
    ("Carsten Breuer met Polish commanders in Warsaw.", both("DEUMIL", "POLMIL", "040")),
    ("Fabien Mandon criticized Russia.", {("FRAMIL", "RUS", "111")}),
    ("Zhang Youxia met Russian Defence Minister Andrei Belousov in Beijing.", both("CHNMIL", "RUSGOV", "040")),
    ("Blaise Metreweli accused Russia of sabotage.", {("GBRSPY", "RUS", "112")}),
    ("Ken McCallum accused China of interference.", {("GBRSPY", "CHN", "112")}),
    # ---- opposition leaders and exiled figures
    ("Mikhail Khodorkovsky criticized the Kremlin.", {("RUSOPP", "RUSGOV", "111")}),
    ("Vladimir Kara-Murza met Sviatlana Tsikhanouskaya in Vilnius.", both("RUSOPP", "BLROPP", "044")),
    ("Reza Pahlavi praised Israel.", {("IRNOPP", "ISR", "051")}),
    ("Jordan Bardella criticized Algeria.", {("FRAOPP", "DZA", "111")}),
    ("Marine Le Pen met Viktor Orban in Budapest.", both("FRAOPP", "HUNGOV", "040")),
    ("Alice Weidel praised Donald Trump.", {("DEUOPP", "USAGOV", "051")}),
    ("Nigel Farage criticized the European Union.", {("GBROPP", "EU", "111")}),
    ("Tundu Lissu criticized Kenya over the deportation of activists.", {("TZAOPP", "KEN", "111")}),
    ("Tarique Rahman met Muhammad Yunus in London.", both("BGDOPP", "BGDGOV", "044")),
    ("Benny Gantz criticized Benjamin Netanyahu.", {("ISROPP", "ISRGOV", "111")}),
    # ---- a surname after a first mention
    ("Tiff Macklem visited London. Macklem praised Britain.", {("CANGOV", "GBR", "042"), ("CANGOV", "GBR", "051")}),
]

XFAIL: dict[str, str] = {
    "Tarique Rahman met Muhammad Yunus in London.": (
        "both people resolve; a meeting of two parties of one country comes out once (the subject's), not once per side"
    ),
    "Mohammad Reza Farzin accused the United States of economic terrorism.": (
        "the person resolves; the coder reads an accusation of terrorism as 1124 (war crimes), the codebook's bare 112"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(PEOPLE3_SENTENCES, XFAIL))
def test_people3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected


PEOPLE3_CONTROLS: list[tuple[str, Events]] = [
    # the bodies the spokespeople speak for keep their codes
    ("The Kremlin criticized Japan.", {("RUSGOV", "JPN", "111")}),
    ("Israel's army accused Hamas of violating the ceasefire.", {("ISRMIL", "PSEREB", "112")}),
    # out of office on the text's date: the country only
    ("Daniel Hagari criticized Hamas.", {("ISR", "PSEREB", "111")}),
    ("Thierry Burkhard criticized Russia.", {("FRA", "RUS", "111")}),
    ("Shaktikanta Das praised Japan.", {("IND", "JPN", "051")}),
    ("Roberto Campos Neto praised Japan.", {("BRA", "JPN", "051")}),
    ("Vasyl Maliuk criticized Russia.", {("UKR", "RUS", "111")}),
    # the last shah's name holds "Reza Pahlavi": the shah is no exiled opposition figure
    ("Mohammad Reza Pahlavi praised Britain.", {("IRN", "GBR", "051")}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE3_CONTROLS)
def test_people3_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected
