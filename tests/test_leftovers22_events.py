"""Protection given to refugees and aid restrictions lifted (issue 14, session 31, branch leftovers22; docs/events.md
rule 270).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set. The expected
codes were written from the CAMEO codebook before the coder ran: protection granted, given or extended to refugees
or asylum-seekers is asylum granted (075, "grant asylum"), not military protection (074); restrictions lifted,
eased or relaxed on aid, its deliveries or its convoys are aid let through (0863, "allow delivery of humanitarian
aid"), not administrative sanctions eased (081). Controls: protection given to a state or to civilians stays 074,
restrictions lifted on trade stay 081, restrictions imposed on aid stay 163.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

LEFTOVERS22_SENTENCES: list[tuple[str, Events]] = [
    # protection given to refugees: asylum (075)
    ("Spain granted temporary protection to 20,000 Venezuelan refugees.", {("ESP", "VEN", "075")}),
    ("Ireland gave protection to 5,000 Syrian refugees.", {("IRL", "SYR", "075")}),
    ("Italy extended protection to 3,000 Libyan asylum-seekers.", {("ITA", "LBY", "075")}),
    ("Kenya granted protection to thousands of Somali refugees.", {("KEN", "SOM", "075")}),
    # restrictions on aid lifted: aid let through (0863)
    ("Egypt eased restrictions on aid convoys to Gaza.", {("EGY", "PSE", "0863")}),
    ("Israel relaxed restrictions on the delivery of aid to Gaza.", {("ISR", "PSE", "0863")}),
    ("Ethiopia lifted restrictions on aid shipments to Eritrea.", {("ETH", "ERI", "0863")}),
    # controls: protection of a state or civilians, trade restrictions lifted, aid restrictions imposed
    ("The United States granted protection to Taiwan.", {("USA", "TWN", "074")}),
    ("UN peacekeepers provided protection to civilians in Darfur.", {("IGO", "SDN", "074")}),
    ("Kenya granted protection to thousands of Somali soldiers.", {("KEN", "SOM", "074")}),
    ("Israel lifted restrictions on imports from Turkey.", {("ISR", "TUR", "085")}),  # on imports: 085 (rule 317)
    ("China eased restrictions on Japanese seafood.", {("CHN", "JPN", "081")}),
    ("Israel imposed restrictions on aid deliveries to Gaza.", {("ISR", "PSE", "163")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS22_SENTENCES, XFAIL))
def test_leftovers22_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
