"""Hybrid-war news of 2025 in wire style: cyberattacks, espionage, sabotage, election interference, GPS jamming and
airspace violations (issue 14, session 30, branch cyber1; docs/events.md rule 232).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). An accusation is
the accuser's 112 toward the accused (sub-coded by the wrong it names: 1123 aggression, 1125 espionage), and the act
charged is not asserted beside it; an attack stated as fact is the attacker's own act (190). A state's intelligence
service (GRU, FSB) codes as its state. Rule 232: a verb of attribution ("attributed / ascribed the cyberattack to
Y") with an act or incident as its object accuses Y (112); with any other object ("attributed its growth to ...")
it is no event. Hacking, jamming and spying as verbs have no CAMEO code (rule 111 left them as misses).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

CYBER1_SENTENCES: list[tuple[str, Events]] = [
    # accusations of a cyberattack, sabotage, interference, jamming: the accuser's 112, the act not asserted
    ("Britain accused Russia's GRU of a cyberattack on its electoral commission.", {("GBR", "RUS", "112")}),
    ("The Netherlands accused Russia of hacking its police database.", {("NLD", "RUS", "112")}),
    ("Germany accused Russian hackers of attacking the servers of its ruling party.", {("DEU", "RUS", "1123")}),
    ("Poland accused Russia of sabotage on its railway network.", {("POL", "RUS", "112")}),
    ("Finland accused Russia of damaging an undersea cable.", {("FIN", "RUS", "112")}),
    ("Moldova accused Russia of interfering in its election.", {("MDA", "RUS", "112")}),
    ("France accused Russia of a disinformation campaign.", {("FRA", "RUS", "112")}),
    ("Lithuania accused Russia of jamming GPS signals.", {("LTU", "RUS", "112")}),
    ("Russia was accused by Britain of a cyberattack.", {("GBR", "RUS", "112")}),
    ("Britain said Russia's GRU was behind the cyberattack on its elections.", {("GBR", "RUS", "112")}),
    # rule 232: a verb of attribution with an act or incident as object
    ("Britain attributed the cyberattack to Russia's GRU.", {("GBR", "RUS", "112")}),
    ("The Netherlands attributed the hack to Russian military intelligence.", {("NLD", "RUS", "112")}),
    ("Britain attributed the attack to Russia.", {("GBR", "RUS", "1123")}),
    ("Poland attributed the rail sabotage to Russian intelligence.", {("POL", "RUS", "112")}),
    ("The cyberattack was attributed to Russia by Britain.", {("GBR", "RUS", "112")}),
    ("Britain ascribed the poisoning to Russian agents.", {("GBR", "RUS", "112")}),
    ("Estonia attributed the GPS jamming to Russia.", {("EST", "RUS", "112")}),
    ("Finland attributed the damage to the cable to a Russian tanker.", {("FIN", "RUS", "112")}),
    # an attack stated as fact is the attacker's
    ("Russian hackers attacked Ukraine's state railway.", {("RUS", "UKR", "190")}),
    ("Iranian hackers attacked Israeli hospitals.", {("IRN", "ISR", "190")}),
    ("Hackers linked to Russia's GRU attacked the Danish water utility.", {("RUS", "DNK", "190")}),
    # espionage: arrests, charges, expulsions
    ("Poland arrested two Russian spies.", {("POL", "RUS", "173")}),
    ("The FSB arrested a Ukrainian spy in Moscow.", {("RUS", "UKR", "173")}),
    ("Britain charged two men with spying for China.", {("GBR", "CHN", "1125")}),
    ("Estonia expelled a Russian diplomat for espionage.", {("EST", "RUS", "161")}),
    ("Russia expelled an Estonian diplomat in retaliation.", {("RUS", "EST", "161")}),
    # airspace violations: a show of force (rule 25's 150), the protest over them
    ("Russian drones violated Polish airspace.", {("RUS", "POL", "150")}),
    ("Three Russian MiG-31 jets violated Estonian airspace for twelve minutes.", {("RUS", "EST", "150")}),
    ("Estonia summoned the Russian charge d'affaires over the airspace violation.", {("EST", "RUS", "114")}),
    # "blame" is an accusation (112) since rule 256 (session 31, cyber2; before: the lexicon's 111)
    ("The Czech government blamed Russia for a cyberattack on its foreign ministry.", {("CZE", "RUS", "112")}),
]

XFAIL: dict[str, str] = {
    # "Hackers linked to Russia's GRU attacked ..." passes since rule 239a (session 30, leftovers10); "The Czech
    # government blamed Russia for a cyberattack ..." since rule 256 (session 31, cyber2: "blame" is 112)
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CYBER1_SENTENCES, XFAIL))
def test_cyber1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: attribution of no deed, hacking and jamming as verbs, unnamed parties -------------------------------

CYBER1_CONTROLS: list[tuple[str, Events]] = [
    ("India attributed its growth to American investment.", set()),
    ("The minister attributed the success of the talks to Chinese mediation.", set()),
    ("A statement attributed to the Kremlin praised Hungary.", set()),
    ("The storm damage was attributed to heavy rain.", set()),
    ("Russian hackers hacked the email accounts of Estonian officials.", set()),
    ("Russia jammed GPS signals over the Baltic Sea.", set()),
    ("Drones were spotted over Copenhagen airport.", set()),
    ("Chinese hackers breached US Treasury computers.", set()),
    ("Germany attributed the rise in prices to the war in Ukraine.", set()),
]

CONTROL_XFAIL: dict[str, str] = {
    # "Chinese hackers breached US Treasury computers." passes since rule 239e (session 30, leftovers10)
    "Germany attributed the rise in prices to the war in Ukraine.": (
        "the war noun in the 'to' phrase takes the verb's subject as its source (DEU -> UKR 190), as before"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CYBER1_CONTROLS, CONTROL_XFAIL))
def test_cyber1_control_codes_no_accusation(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
