# ruff: noqa: E501
"""Invented sentences for docs/events.md rule 310 (issue 14, session 33, branch sweep5x): a nationality before a
generic NGO noun ("British aid agencies", "French aid groups", "Norwegian charities", "Israeli rights groups")
names that country's NGOs, as "British aid workers" already did (GBRNGO, primary GBR); before, the generic noun was
the transnational NGO entry alone and the nationality was dropped.

Each sentence is our own, in 2025 international news style, none copied from an evaluation set or the news
excerpts; the expected (source, target, code) was written from the CAMEO codebook before the coder ran. A row
passes when an asserted event of the pair has the expected code's root (what the scorer compares, as in sweep5).
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
Controls: a named NGO stays NGO, a non-nationality adjective ("foreign") lends no country. ``XFAIL`` keeps the
rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, asserted, control_passes, root_row_passes, table_cases

# (sentence, source, target, expected CAMEO code)
Row = tuple[str, str, str, str]

ROWS: list[Row] = [
    ("Mali's junta expelled Danish aid agencies on Monday, state television said.", "MLI", "DNK", "1663"),
    ("Burkina Faso ordered Swiss aid groups to leave the country within 48 hours.", "BFA", "CHE", "1663"),
    ("Norwegian aid agencies praised Ethiopia on Thursday for reopening the road to Tigray.", "NOR", "ETH", "051"),
    ("French charities criticised Niger's military rulers over the expulsions.", "FRA", "NER", "111"),
    ("Israeli rights groups accused Israel's army of abuses in the West Bank.", "ISR", "ISR", "112"),
    ("Japanese aid groups delivered medicine to Myanmar after the earthquake.", "JPN", "MMR", "073"),
    ("Kenyan aid agencies appealed to Sudan on Sunday to open the Adre crossing.", "KEN", "SDN", "020"),
    ("Russia banned two German charities on Wednesday, the justice ministry said.", "RUS", "DEU", "172"),
    ("Human Rights Watch criticised Egypt over the arrest of journalists.", "NGO", "EGY", "111"),
]

# (sentence, source, target, root that must not be coded for the pair)
CONTROLS: list[Row] = [
    ("Sudan expelled foreign aid agencies on Tuesday.", "SDN", "SDN", "16"),
    ("Amnesty International criticised Britain over its asylum law.", "GBR", "GBR", "11"),
    ("The aid agencies said British troops had shelled the village.", "GBR", "NGO", "11"),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(ROWS, XFAIL))
def test_sweep5x_national_ngos(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert root_row_passes(found, source, target, code), sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "root"), table_cases(CONTROLS, XFAIL))
def test_sweep5x_controls(rules_nlp: Language, text: str, source: str, target: str, root: str) -> None:
    found = asserted(rules_nlp, text)
    assert control_passes(found, source, target, root), sorted(found)


def test_rule310_the_mention_keeps_its_country(rules_nlp: Language) -> None:
    assert actor_code_at(rules_nlp, "British aid agencies criticised Sudan.", "British aid agencies") == "GBRNGO"
    assert actor_code_at(rules_nlp, "Amnesty International criticised Sudan.", "Amnesty International") == "NGO"
