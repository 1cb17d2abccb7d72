"""Offers of forces rejected, in 2025 wire style (issue 14, session 34, branch offer1x; docs/events.md rule 340).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). An offer or
proposal of troops or soldiers rejected or declined ("rejected Y's offer of troops", "declined Y's offer to send
soldiers") is CAMEO 1212 "reject military cooperation", from the rejecter to the one who offered, not the bare 120.
Expected codes were written from the CAMEO codebook before the coder ran. Controls: offers of other things keep
their field (loans 1221 as rule 155 reads aid refused, talks 125, mediation 126), a deployment opposed and a refusal
to send troops stay 120, an offer of troops accepted stays the acceptance. ``XFAIL`` keeps the rows the change does
not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

OFFER1X_SENTENCES: list[tuple[str, Events]] = [
    # an offer of forces, its "of" object
    ("Petro rejected Washington's offer of US troops.", {("COL", "USA", "1212")}),
    ("Sheinbaum declined Washington's offer of American soldiers to fight the cartels.", {("MEX", "USA", "1212")}),
    ("Niger rejected a French offer of troops on Tuesday.", {("NER", "FRA", "1212")}),
    ("Haiti's transition council turned down Kenya's offer of more police officers.", {("HTI", "KEN", "1212")}),
    # an offer or proposal to send / deploy forces
    ("Petro rejected Washington's offer to send US troops into Colombia.", {("COL", "USA", "1212")}),
    ("Maduro rejected Russia's offer to deploy soldiers in Venezuela.", {("VEN", "RUS", "1212")}),
    ("Mexico declined a US proposal to send troops across the border.", {("MEX", "USA", "1212")}),
    ("Panama rejected Washington's proposal to deploy troops along the canal.", {("PAN", "USA", "1212")}),
    ("Mali's junta rebuffed an offer by ECOWAS to send troops.", {("MLI", "IGO", "1212")}),
]

XFAIL: dict[str, str] = {
    "Haiti's transition council turned down Kenya's offer of more police officers.": (
        "police officers are no `force_nouns` word (troop, soldier, marine ...), so the rejection stays the bare 120"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(OFFER1X_SENTENCES, XFAIL))
def test_offer1x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: other offered things keep their field, forces not offered stay a plain rejection -------------------

OFFER1X_CONTROLS: list[tuple[str, Events]] = [
    ("Petro rejected a US offer of loans.", {("COL", "USA", "1221")}),
    ("Petro rejected a US offer of talks.", {("COL", "USA", "125")}),
    ("Petro rejected a US offer of mediation.", {("COL", "USA", "126")}),
    ("Russia rejected the deployment of NATO troops in Poland.", {("RUS", "IGO", "120")}),
    ("Petro refused to send troops to Ukraine.", {("COL", "UKR", "120")}),
]


@pytest.mark.parametrize(("text", "expected"), OFFER1X_CONTROLS)
def test_offer1x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
