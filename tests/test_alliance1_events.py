"""Coalitions, security guarantees and arms cooperation in 2025 wire style (issue 14, session 31, branch alliance1;
docs/events.md rule 255).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Codes from the
CAMEO codebook, written before the coder ran: troops sent to a state after a ceasefire or a peace deal are
peacekeeping provided (074; pledged, offered or planned, 0334), as are security guarantees promised (0334); arms
bought for a third party, also through a funded purchase, are military aid to that party (072; promised 0332);
arms produced jointly are military cooperation (062; agreed, 0312 both ways); arms bought from a seller under a
letter of intent are the intent to cooperate militarily (0312). ``XFAIL`` keeps the rows the change does not fix,
each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


ALLIANCE1_SENTENCES: list[tuple[str, Events]] = [
    # troops sent to an ally after a ceasefire or a peace deal: peacekeeping
    ("Britain will send troops to Ukraine after a peace deal.", {("GBR", "UKR", "0334")}),
    ("France will deploy troops to Ukraine after a ceasefire.", {("FRA", "UKR", "0334")}),
    ("Germany pledged to deploy soldiers to Ukraine after a truce.", {("DEU", "UKR", "0334")}),
    ("Italy offered to send troops to Lebanon after a ceasefire.", {("ITA", "LBN", "0334")}),
    ("Germany will dispatch troops to Ukraine after a peace agreement.", {("DEU", "UKR", "0334")}),
    ("Spain will send soldiers to Ukraine after a peace agreement.", {("ESP", "UKR", "0334")}),
    ("Estonia pledged to send troops to Ukraine after a ceasefire.", {("EST", "UKR", "0334")}),
    (
        "Canada and Poland agreed to deploy troops to Ukraine after a ceasefire.",
        {("CAN", "UKR", "0334"), ("POL", "UKR", "0334")},
    ),
    ("Turkey sent troops to Azerbaijan after the ceasefire.", {("TUR", "AZE", "074")}),
    # security guarantees and protection promised
    ("Germany pledged security guarantees for Ukraine.", {("DEU", "UKR", "0334")}),
    ("Washington promised Kyiv security guarantees.", {("USA", "UKR", "0334")}),
    ("NATO allies pledged security guarantees to Finland.", {("IGO", "FIN", "0334")}),
    ("Britain and France pledged security guarantees to Ukraine.", {("GBR", "UKR", "0334"), ("FRA", "UKR", "0334")}),
    ("Turkey pledged to protect Azerbaijan.", {("TUR", "AZE", "0334")}),
    ("Turkey pledged to defend Azerbaijan.", {("TUR", "AZE", "0334")}),
    # a purchase funded for a third party: aid to that party
    ("Norway will fund the purchase of Patriot missiles for Ukraine.", {("NOR", "UKR", "0332")}),
    ("Denmark funded the purchase of American weapons for Ukraine.", {("DNK", "UKR", "072")}),
    ("Germany will finance the purchase of US air defence systems for Ukraine.", {("DEU", "UKR", "0332")}),
    ("The Netherlands agreed to finance the purchase of American weapons for Ukraine.", {("NLD", "UKR", "0332")}),
    # joint production named by a noun: military cooperation
    ("Germany and Ukraine agreed on joint production of drones.", both("DEU", "UKR", "0312")),
    ("Japan and Britain agreed on the joint development of a fighter jet.", both("JPN", "GBR", "0312")),
    ("France and India agreed on joint production of fighter engines.", both("FRA", "IND", "0312")),
    ("Poland and South Korea began joint production of tanks.", both("POL", "KOR", "062")),
    # a letter of intent to buy arms from a seller
    ("Poland signed a letter of intent to buy Apache helicopters from the United States.", {("POL", "USA", "0312")}),
    # NATO allies' pledges
    ("NATO allies pledged more air defence systems for Ukraine.", {("IGO", "UKR", "0332")}),
    ("NATO allies pledged to send more Patriot systems to Ukraine.", {("IGO", "UKR", "0332")}),
]

# "Turkey pledged to defend Azerbaijan." passes since rule 275a and "Poland and South Korea began joint production of
# tanks." since rule 275b (session 32, leftovers25); "Poland signed a letter of intent to buy Apache helicopters ..."
# since rule 274c (session 32, leftovers24)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(ALLIANCE1_SENTENCES, XFAIL))
def test_alliance1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: no truce after the deployment, plain goods, no named beneficiary, no joint adjective -------------------

ALLIANCE1_CONTROLS: list[tuple[str, Events]] = [
    ("France sent troops to Mali to fight jihadists.", {("FRA", "MLI", "150")}),
    ("Russia sent troops to Belarus.", {("RUS", "BLR", "150")}),
    ("Russia deployed troops to the border after the collapse of the ceasefire.", set()),
    ("Russia will not send troops to Ukraine after a ceasefire.", {("RUS", "UKR", "120")}),
    # rule 322 (session 34, headline5x): a funding verb is economic aid, 071 (the intent 0331; were 033 and 070)
    ("Norway will fund the purchase of wheat for Ukraine.", {("NOR", "UKR", "0331")}),
    ("Germany funded a new school in Ukraine.", {("DEU", "UKR", "071")}),
    ("Germany might fund the purchase of weapons for Ukraine.", set()),
    ("Sweden funded the purchase of weapons for its own army.", set()),
    ("Germany and Ukraine agreed on joint production of cars.", both("DEU", "UKR", "030")),
    ("Germany and France agreed on the production of tanks.", both("DEU", "FRA", "030")),
]


@pytest.mark.parametrize(("text", "expected"), ALLIANCE1_CONTROLS)
def test_alliance1_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    found = asserted(rules_nlp, text)
    assert found == expected
    assert not any(code in ("074", "0334", "0312", "0332") for _, _, code in found)
