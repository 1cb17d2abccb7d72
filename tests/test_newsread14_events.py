"""An ultimatum named by its noun alone is given, CAMEO 139, in 2025 wire style (issue 14, session 37, branch
newsread14; docs/events.md rule 386).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Wire copy names an
ultimatum without a giving verb: a possessive ("Ethiopia's ultimatum to Eritrea expires on Friday"), a fronted frame
("In an ultimatum issued to Y, X said / threatened / demanded ..."), a relative clause or an "under" phrase. The
codebook has one code for it, 139 "give ultimatum", from the giver to the party it is given to, whatever the verb
that carries the noun; rule 378b / 379b already code it so under "issue / give / hand / send / receive". Before, the
noun read as the threaten wrapper's bare noun (130, "threat"), or gave nothing beside a main verb's act. What the
ultimatum demands stays coded beside it, as "issued an ultimatum to Y, demanding ..." codes it (139 and the demand);
a threat it holds against unnamed buyers has no target (rule 354). ``XFAIL`` keeps the rows the change does not fix,
each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


NEWSREAD14_SENTENCES: list[tuple[str, Events]] = [
    # a fronted frame "in an ultimatum (participle) to Y", the main verb no act of its own
    ("In an ultimatum to Maduro, Trump said the deadline was firm.", {("USA", "VEN", "139")}),
    ("In an ultimatum sent to Khartoum on Monday, Egypt set out its terms.", {("EGY", "SDN", "139")}),
    ("In an ultimatum delivered to Kigali, Kinshasa gave no further details.", {("COD", "RWA", "139")}),
    ("In its ultimatum to Yerevan, Baku spoke of a final chance.", {("AZE", "ARM", "139")}),
    ("In a written ultimatum to Tehran, Washington said it would act within days.", {("USA", "IRN", "139")}),
    ("Algeria, in an ultimatum to Mali, said its patience had run out.", {("DZA", "MLI", "139")}),
    # the frame with a threat aimed at unnamed buyers: only the ultimatum has a target
    (
        "In an ultimatum issued last week to the Venezuelan government, Guyana also threatened sanctions on firms "
        "buying Venezuelan gold.",
        {("GUY", "VEN", "139")},
    ),
    (
        "In an ultimatum issued to President Petro to end the dispute within five days, Trump also threatened tariffs "
        "on countries buying Colombian coffee.",
        {("USA", "COL", "139")},
    ),
    # the frame with a demand: the ultimatum and what it demands, as "issued an ultimatum, demanding" codes them
    (
        "In an ultimatum to Belgrade, Pristina demanded the withdrawal of Serbian police.",
        {("XKX", "SRB", "139"), ("XKX", "SRB", "106")},
    ),
    (
        "In an ultimatum to Tbilisi, Moscow demanded the release of two Russian soldiers.",
        {("RUS", "GEO", "139"), ("RUS", "GEO", "1053")},
    ),
    # the possessive noun as a subject or object
    ("Ethiopia's ultimatum to Eritrea expires on Friday.", {("ETH", "ERI", "139")}),
    ("China's ultimatum to the Philippines ran out at midnight.", {("CHN", "PHL", "139")}),
    ("Kenya's ultimatum to Somalia over the border dispute expires today.", {("KEN", "SOM", "139")}),
    ("Iran's ultimatum to Azerbaijan drew sharp criticism.", {("IRN", "AZE", "139")}),
    # a relative clause, an "under" phrase
    ("The ultimatum that Ankara issued to Damascus expired on Sunday.", {("TUR", "SYR", "139")}),
    ("Under Egypt's ultimatum to Ethiopia, the filling of the dam must stop by June.", {("EGY", "ETH", "139")}),
    # rows added after the first run (expected codes written before the coder ran them): a "with" frame, a "to"
    # that the parser tags dative on the participle
    (
        "With an ultimatum handed to Caracas, Guyana demanded the return of its ships.",
        {("GUY", "VEN", "139"), ("GUY", "VEN", "1053")},
    ),
    ("Ukraine's ultimatum sent to Minsk on Tuesday expires at noon.", {("UKR", "BLR", "139")}),
]

XFAIL: dict[str, str] = {
    "Algeria, in an ultimatum to Mali, said its patience had run out.": (
        "the parser hangs the 'in' phrase on the subject noun, so the noun has no verb whose subject gives it"
    ),
    "In an ultimatum to Belgrade, Pristina demanded the withdrawal of Serbian police.": (
        "police withdrawn are no forces that the withdrawal code 0874 reads, so the demand stays the bare 100"
    ),
    "In an ultimatum to Tbilisi, Moscow demanded the release of two Russian soldiers.": (
        "the demand's only party is the demander's own soldiers, so the release demanded of Georgia gets no target"
    ),
    "With an ultimatum handed to Caracas, Guyana demanded the return of its ships.": (
        "the noun in a sentence-opening 'with' phrase gets no doer from the main subject (not traced further)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSREAD14_SENTENCES, XFAIL))
def test_newsread14_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


NEWSREAD14_CONTROLS: list[tuple[str, Events]] = [
    # an ultimatum under a giving verb (rule 378b), received (rule 379b), rejected (120, rule 379)
    (
        "Pristina issued an ultimatum to Belgrade, demanding the withdrawal of Serbian police.",
        {("XKX", "SRB", "139"), ("XKX", "SRB", "106")},
    ),
    ("Poland handed Belarus an ultimatum on Monday.", {("POL", "BLR", "139")}),
    ("Venezuela received an ultimatum from Guyana.", {("GUY", "VEN", "139")}),
    ("Serbia rejected Kosovo's ultimatum.", {("SRB", "XKX", "120")}),
    # a threat or a warning named by its noun keeps 130
    ("Britain's threat to Argentina drew criticism.", {("GBR", "ARG", "130")}),
    ("In a warning to Seoul, North Korea said it was ready to respond.", {("PRK", "KOR", "130")}),
    # a threat against unnamed buyers has no target (rule 354)
    ("Trump threatened tariffs on countries buying Venezuelan oil.", set()),
    # a threat with a named target keeps its sub-code
    ("Russia threatened Georgia with sanctions.", {("RUS", "GEO", "1312")}),
]


@pytest.mark.parametrize(("text", "expected"), NEWSREAD14_CONTROLS)
def test_newsread14_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
