"""A state's political reform of its own country, in 2025 wire style (issue 14, session 34, branch cameotune2;
docs/events.md rule 332).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A government
or leader that democratizes its own country, or promises to (CAMEO 0811 / 034), names its own country as the
reformed party; a state and its bare country are one party, so before this rule nothing was coded. The reform is
toward the country's people (``XXXCVL``, a domestic pair as rule 289's curfew), which scores as ``XXX -> XXX``.
Controls: a reform urged on or promised to another country keeps that country; a curfew keeps rule 289's code.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

CAMEOTUNE2_SENTENCES: list[tuple[str, Events]] = [
    # promised / pledged / vowed to democratize the country (034)
    ("Armenia's prime minister promised to democratize Armenia after the June vote.", {("ARM", "ARM", "034")}),
    ("Uzbekistan's president vowed on Monday to democratise Uzbekistan by 2027.", {("UZB", "UZB", "034")}),
    ("The Gabonese junta pledged to democratize Gabon before the 2025 election.", {("GAB", "GAB", "034")}),
    ("Kazakh President Tokayev promised to democratize Kazakhstan's political system.", {("KAZ", "KAZ", "034")}),
    ("The Tunisian government promised the democratization of Tunisia.", {("TUN", "TUN", "034")}),
    ("Guinea's military rulers said they would democratize Guinea within two years.", {("GIN", "GIN", "034")}),
    # democratized the country (0811)
    ("Bhutan's king democratized Bhutan in 2008.", {("BTN", "BTN", "0811")}),
    ("The Mongolian government began to democratize Mongolia's local councils.", {("MNG", "MNG", "0811")}),
    # eased restrictions on political freedoms in the country (0811)
    ("Sri Lanka's president eased restrictions on political freedoms in Sri Lanka.", {("LKA", "LKA", "0811")}),
    ("The Kyrgyz government eased restrictions on political freedoms.", {("KGZ", "KGZ", "0811")}),
]

# rule 336 (session 34, freedoms1x) codes restrictions on political freedoms eased (0811) toward the people
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CAMEOTUNE2_SENTENCES, XFAIL))
def test_cameotune2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a reform urged on, or promised with, another party keeps that party; rule 289 is as it was -----------

CAMEOTUNE2_CONTROLS: list[tuple[str, Events]] = [
    ("The European Union urged Georgia to democratize.", {("IGO", "GEO", "024")}),
    ("Armenia's prime minister urged Azerbaijan to democratize.", {("ARM", "AZE", "024")}),
    ("Kenyan authorities imposed a curfew in Mombasa.", {("KEN", "KEN", "1723")}),
    ("Belarus eased restrictions on Lithuanian truckers.", {("BLR", "LTU", "081")}),
    ("Serbia's president met Hungary's prime minister in Belgrade.", {("SRB", "HUN", "040"), ("HUN", "SRB", "040")}),
]


@pytest.mark.parametrize(("text", "expected"), CAMEOTUNE2_CONTROLS)
def test_cameotune2_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
