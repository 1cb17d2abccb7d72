"""Offers to station or send forces, and their acceptance or rejection, in 2025 wire style (issue 14, session 35,
branch offer2x; docs/events.md rule 343).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Expected codes were
written from the CAMEO codebook before the coder ran: an offer of troops or forces to a party is military cooperation
offered (0312 "express intent to cooperate militarily", rule 47d's `troop_offer_code`), an offer of peacekeepers is
0334 "express intent to provide military protection or peacekeeping"; an offer to station / deploy troops *in* the
party's land is that same offer, not a threat of force (138); such an offer accepted is the accepter's own intent to
cooperate militarily (0312, as rule 47d reads "accepted Y's request to send troops"); rejected, it is 1212 "reject
military cooperation" (rule 340). Controls: job offers, "forces" as pressures, condolences offered (018).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

OFFER2X_SENTENCES: list[tuple[str, Events]] = [
    # an offer to station / deploy / send forces in or to a party
    ("Britain offered to station troops in Ukraine.", {("GBR", "UKR", "0312")}),
    ("Germany offered to station soldiers in Lithuania.", {("DEU", "LTU", "0312")}),
    ("France offered to deploy troops in Romania.", {("FRA", "ROU", "0312")}),
    ("Poland offered to send troops to Ukraine.", {("POL", "UKR", "0312")}),
    ("France offered to send peacekeepers to Ukraine.", {("FRA", "UKR", "0334")}),
    ("Turkey offered peacekeepers for Ukraine.", {("TUR", "UKR", "0334")}),
    # forces as the offered thing
    ("Britain pledged troops to the mission in Ukraine.", {("GBR", "UKR", "0312")}),
    ("Poland offered forces for a peacekeeping mission in Ukraine.", {("POL", "UKR", "0334")}),
    # accepted
    ("Kyiv accepted Britain's offer to station troops in Ukraine.", {("UKR", "GBR", "0312")}),
    ("Lithuania accepted Germany's offer to send troops.", {("LTU", "DEU", "0312")}),
    # rejected
    ("Panama declined Washington's offer to station troops along the canal.", {("PAN", "USA", "1212")}),
    ("Maduro rejected Russia's offer to station soldiers in Venezuela.", {("VEN", "RUS", "1212")}),
    ("Mexico rejected a US offer to deploy forces against the cartels.", {("MEX", "USA", "1212")}),
    ("Niger turned down Russia's offer to station troops.", {("NER", "RUS", "1212")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(OFFER2X_SENTENCES, XFAIL))
def test_offer2x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: other offers, "forces" as pressures, condolences ----------------------------------------------------

OFFER2X_CONTROLS: list[tuple[str, Events]] = [
    ("Siemens offered jobs to Ukrainian refugees.", set()),
    ("Market forces pushed oil prices higher in 2025.", set()),
    ("Macron offered condolences to Erdogan after the earthquake.", {("FRA", "TUR", "018")}),
    ("Russia promised troops a pay rise.", set()),
    # a vow to deploy troops in a party's land is no offer: the threat stays (138)
    ("Israel vowed to deploy troops in Gaza.", {("ISR", "PSE", "138")}),
]


@pytest.mark.parametrize(("text", "expected"), OFFER2X_CONTROLS)
def test_offer2x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
