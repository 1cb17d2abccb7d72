"""Domestic events of 2025 news that shape relations (issue 14, session 30, branch domestic2; docs/events.md rule 245).

Each sentence is our own construction in the style of 2025 wire copy, none copied from an evaluation set or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``); actors are compared on their full codes, since a domestic event is two sectors of one country
(docs/events.md "Domestic events": ``GEOCOP -> GEOOPP`` 173). Codes from the CAMEO codebook: 173 arrest, detain or
charge with legal action (a charge laid by prosecutors, rule 165b), 116 find guilty, 091 investigate crime, 141
demonstrate, 175 violent repression. Acts with no second party of the country (a resignation, the mobilisation age
lowered) and acts the codebook has no code for (a minister dismissed, an election called) code nothing, and no foreign
party is invented for them. Martial law extended, once in that group, is 1724 toward the country's people since rule
313 (session 34, martial1x: one convention for martial law, states of emergency and curfews, rule 289's).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded, table_cases

Events = set[tuple[str, str, str]]

DOMESTIC2_SENTENCES: list[tuple[str, Events]] = [
    # opposition figures arrested, jailed, charged, sentenced (a lower-case title before a name: rule 245c)
    ("Georgian police arrested opposition leader Nika Melia in Tbilisi.", {("GEOCOP", "GEOOPP", "173")}),
    ("Belarusian police detained opposition activist Maria Kolesnikova in Minsk.", {("BLRCOP", "BLROPP", "173")}),
    ("Ukrainian police detained an opposition lawmaker in Kyiv.", {("UKRCOP", "UKROPP", "173")}),
    ("A Turkish court jailed Istanbul mayor Ekrem Imamoglu pending trial.", {("TURJUD", "TURGOV", "173")}),
    ("Pakistani police arrested supporters of Imran Khan in Islamabad.", {("PAKCOP", "PAKOPP", "173")}),
    ("Turkish prosecutors charged the opposition mayor with corruption.", {("TURJUD", "TUROPP", "173")}),
    ("Serbian prosecutors charged opposition activists with plotting a coup.", {("SRBJUD", "SRBOPP", "173")}),
    (
        "A Georgian court sentenced opposition leader Nika Gvaramia to eight months in prison.",
        {("GEOJUD", "GEOOPP", "116")},
    ),
    # homes and offices searched by law enforcement (rule 245d; a raid keeps rules 162a / 172's 190, a control below)
    ("Ukrainian police searched the home of an opposition lawmaker.", {("UKRCOP", "UKROPP", "091")}),
    ("Serbian police searched the offices of the opposition party in Belgrade.", {("SRBCOP", "SRBOPP", "091")}),
    ("Georgian police searched the headquarters of an opposition party in Tbilisi.", {("GEOCOP", "GEOOPP", "091")}),
    # protests against a government, and their repression
    (
        "Thousands of Serbian students protested against the Serbian government in Belgrade.",
        {("SRBEDU", "SRBGOV", "141")},
    ),
    ("Georgian protesters rallied against the government in Tbilisi.", {("GEOOPP", "GEOGOV", "141")}),
    ("Slovak demonstrators protested against Prime Minister Robert Fico in Bratislava.", {("SVKOPP", "SVKGOV", "141")}),
    ("Georgian police used tear gas against protesters in Tbilisi.", {("GEOCOP", "GEOOPP", "175")}),
    ("Turkish police detained hundreds of protesters in Istanbul.", {("TURCOP", "TUROPP", "173")}),
    # a minister dismissed or ousted: a change of office-holder, no code (rule 245b; before: 120 and 166)
    ("The Ukrainian parliament dismissed the justice minister.", set()),
    ("Ukrainian lawmakers ousted the energy minister.", set()),
    ("Ukrainian lawmakers voted to dismiss the energy minister.", set()),
    # an election or referendum called: no phone call with whoever its topic names (rule 245a; before: 041 with the EU)
    ("The Moldovan president called a referendum on EU membership.", set()),
    ("The Romanian government called early elections.", set()),
    ("The Dutch prime minister called a snap election after the coalition collapsed.", set()),
    # no second party of the country: nothing coded, nothing invented
    ("The French prime minister resigned after losing a confidence vote.", set()),
    # rule 313: martial law extended is imposed for longer, toward the country's people (rule 289's convention)
    ("Ukraine's parliament extended martial law for another 90 days.", {("UKRLEG", "UKRCVL", "1724")}),
    ("Ukraine lowered the mobilisation age to 25.", set()),
    # the state acting on itself is one party (docs/events.md "Domestic events": COP and GOV are both the state)
    ("Ukrainian anti-corruption detectives searched the home of a Ukrainian deputy prime minister.", set()),
    # controls: the readings the changes leave as they were
    ("Russia dismissed the Ukrainian proposal.", {("RUS", "UKR", "120")}),
    ("Kenya ousted the Ugandan ambassador.", {("KEN", "UGAGOV", "166")}),
    ("The Moldovan president called Putin on Monday.", {("MDAGOV", "RUSGOV", "041")}),
    ("Russian troops raided a village in Ukraine.", {("RUSMIL", "UKR", "190")}),
    ("Serbian police raided the offices of the opposition party in Belgrade.", {("SRBCOP", "SRBOPP", "190")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("sentence", "expected"), table_cases(DOMESTIC2_SENTENCES, XFAIL))
def test_domestic2_sentence(rules_nlp: Language, sentence: str, expected: Events) -> None:
    assert coded(rules_nlp, sentence, full_codes=True, root=False)[1] == expected
