"""Leftovers of session 30's round 1 with a general cause (issue 14, session 30, branch leftovers10; docs/events.md
rule 239).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; each expected code
was written from ``../shared/data/cameo-eventcodes.tsv`` and the conventions of docs/events.md before the coder ran.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
The constructions: a source named through a participle of affiliation the parser made the root ("Hackers linked
to Y attacked Z": Y -> Z 190); the noun "seizure" with its "of" object read as the verb's phrase ("ordered the
seizure of Y's assets" 1711, as "seized Y's assets"); the receiver of an extradition hung on the person
extradited ("refused to extradite the Ukrainian diver to Germany": toward Germany, 121); an enemy "against" hung
on the ally of "alongside" ("fought alongside Y's forces against Z": the subject and Z fight, 190); a computer or
network breached is no norm defied (no 128). ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS10_SENTENCES: list[tuple[str, Events]] = [
    # a: a doer named through a participle of affiliation the parser made the root
    ("Gunmen linked to Iran attacked US troops in Syria.", {("IRN", "USA", "190")}),
    ("Hackers connected to Iran attacked Albanian government servers.", {("IRN", "ALB", "190")}),
    ("Rebels linked to Rwanda seized the town of Goma.", {("RWA", "COD", "192")}),
    ("Hackers linked to Russia's GRU attacked the Danish water utility.", {("RUS", "DNK", "190")}),
    # b: the noun "seizure" of assets is their confiscation (1711), of a place the place occupied (192)
    ("Canada announced the seizure of Russian state assets.", {("CAN", "RUS", "1711")}),
    ("A Belgian court ordered the seizure of Russian central bank assets.", {("BEL", "RUS", "1711")}),
    ("Latvia completed the seizure of Belarusian assets.", {("LVA", "BLR", "1711")}),
    ("A Dutch court ordered the seizure of Russian state assets.", {("NLD", "RUS", "1711")}),
    ("Russia announced the seizure of two Ukrainian villages.", {("RUS", "UKR", "192")}),
    # c: the receiver of an extradition hung on the person extradited
    ("A court in Athens refused to extradite the Russian diver to Ukraine.", {("GRC", "UKR", "121")}),
    ("A court in Rome refused to extradite the Russian engineer to the United States.", {("ITA", "USA", "121")}),
    ("A court in Madrid refused to extradite the Venezuelan general to the United States.", {("ESP", "USA", "121")}),
    ("A court in Warsaw refused to extradite the Ukrainian diver to Germany.", {("POL", "DEU", "121")}),
    # d: an enemy "against" hung on the ally of "alongside"
    ("Cuban recruits fought alongside Russian forces against Ukraine.", both("CUB", "UKR", "190")),
    ("Eritrean troops fought alongside Ethiopian forces against Sudan.", both("ERI", "SDN", "190")),
    ("Rwandan soldiers fought alongside Congolese rebels against Burundi.", both("RWA", "BDI", "190")),
    ("North Korean troops fought alongside Russian forces against Ukraine.", both("PRK", "UKR", "190")),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS10_SENTENCES, XFAIL))
def test_leftovers10_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a seizure of goods or a vessel, the receiver on the verb, an ally with no enemy, a stated link ------

LEFTOVERS10_CONTROLS: list[tuple[str, Events]] = [
    # e: a computer, network or account breached is no norm defied; a ceasefire or a treaty breached keeps its code
    ("Chinese hackers breached US Treasury computers.", set()),
    ("Russian hackers breached the Polish defence ministry network.", set()),
    ("North Korean hackers breached South Korean military servers.", set()),
    ("Russia breached the ceasefire with Ukraine.", {("RUS", "UKR", "196")}),
    # a seizure of a vessel or goods stays 171
    ("Finland ordered the seizure of a Russian tanker.", {("FIN", "RUS", "171")}),
    ("Estonia seized a Russian tanker.", {("EST", "RUS", "171")}),
    # the receiver already on the verb
    ("A court in Belgrade refused to extradite the Belarusian journalist to Minsk.", {("SRB", "BLR", "121")}),
    ("Poland refused to extradite the suspect to Russia.", {("POL", "RUS", "121")}),
    ("Spain extradited a Russian hacker to the United States.", {("ESP", "USA", "063")}),
    # fought alongside an ally, no enemy named
    ("Polish volunteers fought alongside Ukrainian troops.", set()),
    ("Georgian volunteers fought alongside Ukrainian forces against Russia.", both("GEO", "RUS", "190")),
    # a link stated, no act; a link made by a party keeps its reading
    ("The hackers were linked to Russia's GRU.", set()),
    ("Investigators linked the attack to Russia.", set()),
    ("Militants backed by Iran attacked Israeli soldiers.", {("IRN", "ISR", "190")}),
]

CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS10_CONTROLS, CONTROL_XFAIL))
def test_leftovers10_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
