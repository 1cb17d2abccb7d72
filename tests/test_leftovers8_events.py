"""Round 5's leftovers: goods named by a container noun's "of" phrase (issue 14, session 29, branch leftovers8;
docs/events.md rule 226).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Expected codes
are from the CAMEO codebook (/work/shared/data), written before the coder ran. A `goods_containers` noun
("deliveries", "shipments", "supplies") whose "of" phrase names the goods reads as the compound does: "stopped
deliveries of oil to Y" is "stopped oil deliveries to Y" (the subject's own supplies cut, 163), and "resumed
deliveries of weapons to Y" is "resumed weapons deliveries to Y" (072). Controls: another's act stopped ("stopped
the transfer of weapons to Y", a block, no event), figures of the same nouns. ``XFAIL`` keeps the rows the change
does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS8_SENTENCES: list[tuple[str, Events]] = [
    # "stop" over a goods container with trade goods: the subject's own supplies cut (163), as the compound
    ("Algeria stopped deliveries of oil to Spain.", {("DZA", "ESP", "163")}),
    ("Qatar stopped shipments of gas to Egypt.", {("QAT", "EGY", "163")}),
    ("Kazakhstan stopped supplies of coal to Kyrgyzstan.", {("KAZ", "KGZ", "163")}),
    ("Azerbaijan has stopped deliveries of gas to Serbia.", {("AZE", "SRB", "163")}),
    # the compound forms they must agree with
    ("Algeria stopped oil deliveries to Spain.", {("DZA", "ESP", "163")}),
    ("Russia halted deliveries of gas to Poland.", {("RUS", "POL", "163")}),
    # arms named by a container's "of" phrase: military aid (072), as "weapons deliveries"
    ("Germany resumed deliveries of weapons to Israel.", {("DEU", "ISR", "072")}),
    ("Germany resumed weapons deliveries to Israel.", {("DEU", "ISR", "072")}),
    ("Sweden made new deliveries of ammunition to Ukraine.", {("SWE", "UKR", "072")}),
    ("Italy approved deliveries of missiles to Ukraine.", {("ITA", "UKR", "072")}),
    ("The US resumed shipments of weapons to Ukraine.", {("USA", "UKR", "072")}),
    ("France halted deliveries of arms to Israel.", {("FRA", "ISR", "1622")}),
    ("Germany stopped deliveries of weapons to Saudi Arabia.", {("DEU", "SAU", "1622")}),
    # relief goods by the same reading (073)
    ("Jordan resumed deliveries of food to Gaza.", {("JOR", "PSE", "073")}),
    ("Turkey resumed deliveries of medicine to Syria.", {("TUR", "SYR", "073")}),
    # controls: another's act stopped (a block, no event), plain goods, figures
    ("Israel stopped the transfer of weapons to Hamas.", set()),
    ("The navy stopped the smuggling of weapons to Yemen.", set()),
    ("Deliveries of weapons to Ukraine fell by half in March.", set()),
    ("Shipments of oil to Spain rose 5 percent.", set()),
    ("Russia resumed deliveries of gas to Hungary.", {("RUS", "HUN", "061")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS8_SENTENCES, XFAIL))
def test_leftovers8_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= set(row[0] for row in LEFTOVERS8_SENTENCES)
