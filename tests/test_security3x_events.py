"""Border closures, ship seizures and court sentences in 2025 wire style (issue 14, session 35, branch security3x;
docs/events.md rule 346).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the codes were written
from the CAMEO codebook (/work/shared/data: ``cameo-eventcodes.tsv`` and the modes of ``cameo-to-plover.txt``) before
the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). The convention (rule 346): a border or crossing a state closes, shuts or seals is CAMEO 172
(administrative sanction, PLOVER mode "executive"); 191 (impose blockade, restrict movement, mode "military") is a
blockade, a siege or a place sealed off by force; a ship or tanker seized is 171 (the root's own "seize"), and 1711
(confiscate property) a confiscation, a taking of ownership; a court's sentence is 116 (find guilty), a verdict passed,
while an arrest, detention or charge stays 173. Controls: closures considered or ended, a cargo described, a trial that
has not ended report no act. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


SECURITY3X_SENTENCES: list[tuple[str, Events]] = [
    # borders and crossings closed to a neighbour's people or trucks: 172
    ("Hungary closed its border with Serbia to trucks on Tuesday.", {("HUN", "SRB", "172")}),
    ("Turkey closed its border crossings with Syria to Syrian citizens.", {("TUR", "SYR", "172")}),
    ("Chad sealed its border with Sudan on Thursday.", {("TCD", "SDN", "172")}),
    ("Lithuania shut two border crossings with Belarus to freight trucks.", {("LTU", "BLR", "172")}),
    ("Kenya closed the border with Somalia for two weeks.", {("KEN", "SOM", "172")}),
    ("Norway closed its border with Russia to Russian tourists.", {("NOR", "RUS", "172")}),
    ("Hungary sealed off its border with Serbia.", {("HUN", "SRB", "172")}),
    ("Algeria closed its airspace to Moroccan aircraft.", {("DZA", "MAR", "172")}),
    # a blockade or siege stays 191
    ("Israel imposed a naval blockade on Gaza.", {("ISR", "PSE", "191")}),
    ("Russian troops besieged the Ukrainian city of Pokrovsk.", {("RUS", "UKR", "191")}),
    ("Israeli troops sealed off Gaza on Friday.", {("ISR", "PSE", "191")}),
    # ships and tankers seized: 171; cargo or a ship confiscated: 1711
    ("The United States seized a Venezuelan oil tanker in the Caribbean.", {("USA", "VEN", "171")}),
    ("Iran seized a Panamanian-flagged tanker in the Strait of Hormuz.", {("IRN", "PAN", "171")}),
    ("Ukraine confiscated the cargo of a Russian tanker.", {("UKR", "RUS", "1711")}),
    ("Iran seized a British tanker and confiscated its cargo.", {("IRN", "GBR", "171")}),
    # a court's sentence: 116; an arrest stays 173
    ("A Russian court sentenced a US citizen to 12 years in prison for smuggling.", {("RUS", "USA", "116")}),
    ("China sentenced an Australian writer to death for espionage.", {("CHN", "AUS", "116")}),
    ("An Iranian court sentenced a Swedish national to eight years in prison.", {("IRN", "SWE", "116")}),
    ("Russia arrested a German citizen on charges of sabotage.", {("RUS", "DEU", "173")}),
]

SECURITY3X_CONTROLS: list[tuple[str, Events]] = [
    ("The border crossing with Belarus will reopen next month.", set()),
    ("The tanker was carrying two million barrels of Iranian crude.", set()),
    ("The trial of the French national is expected to last three weeks.", set()),
    ("Traffic at the border crossing with Mexico was heavy on Friday.", set()),
    ("Analysts said a border closure would hurt trade with Belarus.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY3X_SENTENCES, XFAIL))
def test_security3x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY3X_CONTROLS, XFAIL))
def test_security3x_control_codes_no_act(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
