"""Accusations of hybrid attacks in 2025 wire style: cyberattacks, election interference, vote buying, sabotage,
disinformation and espionage (issue 14, session 31, branch cyber2; docs/events.md rule 256).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the codes were
written from the CAMEO codebook before the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder``
run with the learned layer off (``rules_pipeline``). To blame a party is to accuse it: the codebook's 112 "Accuse"
(the CAMEO verb dictionary codes "blame" 112 in every frame), sub-coded by the wrong named as "accused ... of" is
(rule 165a: 1121 crime and corruption, vote buying and rigging among them; 1123 aggression, an attack; 1125
espionage). An attack stated as fact is the attacker's own act (190); spies arrested (173) and diplomats expelled
(161) as in cyber1's table. Controls: an accusation between domestic parties, a denial, blame laid on no party.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

CYBER2_SENTENCES: list[tuple[str, Events]] = [
    # blamed Y for a hybrid attack: an accusation (112), sub-coded by the wrong named
    ("Poland blamed Russian intelligence for the sabotage of a railway line.", {("POL", "RUS", "112")}),
    ("Germany blamed Moscow for a wave of disinformation ahead of the election.", {("DEU", "RUS", "112")}),
    ("Britain blamed Russia's GRU for cyberattacks on its embassies.", {("GBR", "RUS", "112")}),
    ("Finland blamed a Russian tanker for damaging undersea cables.", {("FIN", "RUS", "112")}),
    ("Estonia blamed Russia for the jamming of GPS signals.", {("EST", "RUS", "112")}),
    ("The Netherlands blamed China for espionage against its chip industry.", {("NLD", "CHN", "1125")}),
    ("The US blamed North Korean hackers for the theft of 1.5 billion dollars in crypto.", {("USA", "PRK", "1121")}),
    ("The Kremlin blamed Ukraine for the drone attack on the Crimean bridge.", {("RUS", "UKR", "1123")}),
    ("Russia was blamed by Lithuania for the sabotage of a rail line.", {("LTU", "RUS", "112")}),
    ("Hungary blamed Brussels for the energy crisis.", {("HUN", "IGO", "112")}),
    # election interference, vote buying and rigging (1121: crime, corruption)
    ("Sandu blamed Moscow for buying votes.", {("MDA", "RUS", "1121")}),
    ("Moldova accused the Kremlin of trying to buy the election.", {("MDA", "RUS", "1121")}),
    ("Poland accused Belarus of vote rigging.", {("POL", "BLR", "1121")}),
    ("Romania accused Russia of meddling in its presidential election.", {("ROU", "RUS", "112")}),
    ("Taiwan accused China of a disinformation campaign ahead of the vote.", {("TWN", "CHN", "112")}),
    ("Germany accused Russia of bribing European lawmakers.", {("DEU", "RUS", "1121")}),
    # espionage, attribution, hackers' attacks stated as fact, spies arrested and diplomats expelled
    ("Britain accused China of spying on lawmakers.", {("GBR", "CHN", "1125")}),
    ("Poland attributed the cyberattack on its space agency to Russian hackers.", {("POL", "RUS", "112")}),
    ("Hackers linked to Russian intelligence attacked the Polish water system.", {("RUS", "POL", "190")}),
    ("Chinese state hackers attacked Taiwan's government networks.", {("CHN", "TWN", "190")}),
    ("Sweden arrested a Chinese spy.", {("SWE", "CHN", "173")}),
    ("Poland expelled two Belarusian diplomats for spying.", {("POL", "BLR", "161")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CYBER2_SENTENCES, XFAIL))
def test_cyber2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: domestic accusations, denials, blame laid on weather, unnamed hackers -------------------------------

CYBER2_CONTROLS: list[tuple[str, Events]] = [
    ("The opposition accused the government of rigging the election.", set()),
    ("Moldova's government blamed the opposition for the protests.", set()),
    ("Russia denied any role in the cyberattack.", set()),
    ("The Kremlin dismissed the allegations of election interference as baseless.", set()),
    ("Russia rejected Poland's accusations of sabotage.", {("RUS", "POL", "016")}),
    ("Estonia blamed the storm for the cable damage.", set()),
    ("Hackers attacked the website of the Czech foreign ministry.", set()),
    ("Romania said it had no evidence that Russia was behind the cyberattack.", set()),
]

CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CYBER2_CONTROLS, CONTROL_XFAIL))
def test_cyber2_control_codes_no_accusation(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
