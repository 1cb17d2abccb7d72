"""Acts on goods named by a noun and its "of" phrase (issue 14, session 29, branch ofgoods1; docs/events.md rule 224).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Codes were
written from the CAMEO codebook before the coder ran, consistent with rules 163e/f, 209b and 222a: energy supplied,
delivered, shipped or carried across a country is trade (061), so supplies, deliveries, shipments or transit of
energy halted, cut or suspended are the embargo family (163), resumed or begun trade again (061); an export or
import ban on a partner is 163; arms delivered are military aid (072), halted 1622; humanitarian aid halted 1623.
The "of" form must read as the compound form does ("halted deliveries of gas to Y" as "halted gas deliveries to
Y"). Controls: volumes and figures of the same nouns code nothing. ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


OFGOODS1_SENTENCES: list[tuple[str, Events]] = [
    # energy transit, deliveries, supply, shipments halted or cut: 163
    ("Ukraine halted the transit of Russian gas to Europe.", {("UKR", "RUS", "163")}),
    ("Ukraine ended the transit of Russian gas on January 1.", {("UKR", "RUS", "163")}),
    ("Russia halted deliveries of gas to Moldova.", {("RUS", "MDA", "163")}),
    ("Russia halted gas deliveries to Moldova.", {("RUS", "MDA", "163")}),
    ("Russia cut the supply of gas to Moldova.", {("RUS", "MDA", "163")}),
    ("Iraq suspended shipments of oil to Jordan.", {("IRQ", "JOR", "163")}),
    ("Iraq suspended oil shipments to Jordan.", {("IRQ", "JOR", "163")}),
    ("Kazakhstan halted shipments of coal to Kyrgyzstan.", {("KAZ", "KGZ", "163")}),
    ("Paraguay cut the supply of electricity to Argentina.", {("PRY", "ARG", "163")}),
    ("Algeria stopped deliveries of oil to Spain.", {("DZA", "ESP", "163")}),
    # energy deliveries resumed, increased or begun: trade, 061
    ("Russia resumed deliveries of gas to Hungary.", {("RUS", "HUN", "061")}),
    ("Russia resumed gas deliveries to Hungary.", {("RUS", "HUN", "061")}),
    ("Azerbaijan increased the supply of gas to Italy.", {("AZE", "ITA", "061")}),
    ("Qatar began deliveries of LNG to Germany.", {("QAT", "DEU", "061")}),
    # exports and imports banned or halted: 163
    ("The EU banned imports of Russian LNG.", {("IGO", "RUS", "163")}),
    ("Imports of Russian LNG were banned by the EU.", {("IGO", "RUS", "163")}),
    ("China banned exports of gallium to the United States.", {("CHN", "USA", "163")}),
    ("China halted imports of Japanese seafood.", {("CHN", "JPN", "163")}),
    # arms and aid keep their classes
    ("The United States halted deliveries of weapons to Ukraine.", {("USA", "UKR", "1622")}),
    ("The United States paused shipments of arms to Israel.", {("USA", "ISR", "1622")}),
    ("Russia halted the delivery of S-400 missiles to Turkey.", {("RUS", "TUR", "1622")}),
    ("Germany resumed deliveries of weapons to Israel.", {("DEU", "ISR", "072")}),
    ("Israel halted deliveries of humanitarian aid to Gaza.", {("ISR", "PSE", "1623")}),
    ("Venezuela provided oil to Cuba.", {("VEN", "CUB", "070")}),
    # controls: figures and background
    ("India banned exports of rice.", set()),
    ("The supply of gas to Europe fell in March.", set()),
    ("Deliveries of Russian gas to Hungary rose 10 percent.", set()),
    ("The transit of Russian gas through Ukraine ended on January 1.", set()),
    ("Hungary's imports of Russian oil fell.", set()),
    ("Prices of gas in Europe rose in January.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(OFGOODS1_SENTENCES, XFAIL))
def test_ofgoods1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
