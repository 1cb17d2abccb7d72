# ruff: noqa: E501
"""Invented sentences for docs/events.md rule 337 (issue 14, session 34, branch riot2x): a bare role ("protesters",
"rioters", "rebels") takes its country from the place named in the own "in" phrase of its act's object when that
object sits in the prepositional phrase of a verb + bare noun idiom ("set fire to", "laid siege to", "opened fire
on"), as it does for a direct object (rule 78e: "torched the French embassy in Ouagadougou").

Each sentence is our own, in 2025 international news style, none copied from an evaluation set. The real spaCy
model runs with the learned layer off (``rules_pipeline``). The expected (source, target, code) was written from
the codebook: a crowd setting fire to property is a riot (145, rule 329), a siege is 191 "impose blockade,
restrict movement", opening fire is 190 "use conventional military force"; a row passes when an event of the pair
whose code starts with the expected one is asserted. Controls: a verb with a plural or modified object ("sent aid
to", "set fire to tyres outside") or no object ("wrote to") lends no place, troops keep 1712, a denied act is no
event. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, control_passes, prefix_hit, table_cases

# (sentence, source, target, expected CAMEO code)
Row = tuple[str, str, str, str]

ROWS: list[Row] = [
    ("Angry protesters set fire to the Danish embassy in Tehran.", "IRN", "DNK", "145"),
    ("Protesters set fire to the Chinese embassy in Yangon on Sunday.", "MMR", "CHN", "145"),
    ("Students set fire to the Indian High Commission in Dhaka.", "BGD", "IND", "145"),
    ("Rioters set fire to the US consulate in Peshawar, police said.", "PAK", "USA", "145"),
    ("Hundreds of protesters set fire to the Turkish embassy in Stockholm.", "SWE", "TUR", "145"),
    ("Protesters set fire to a French cultural centre in Niamey on Friday.", "NER", "FRA", "145"),
    ("Demonstrators set fire to the Iranian consulate in Basra overnight.", "IRQ", "IRN", "145"),
    ("Rioters laid siege to the Israeli embassy in Amman.", "JOR", "ISR", "191"),
    ("Opposition supporters laid siege to the Russian embassy in Chisinau.", "MDA", "RUS", "191"),
    ("Rebels opened fire on Chinese peacekeepers in Juba.", "SSD", "CHN", "190"),
    ("Militants opened fire on a Turkish military convoy in Idlib.", "SYR", "TUR", "190"),
]

CONTROLS: list[Row] = [
    # (sentence, source, target, root that must not be coded for the pair)
    ("Activists sent aid to Ukrainian refugees in Poland.", "POL", "UKR", "0"),
    ("Activists wrote to the Chinese embassy in Tokyo.", "JPN", "CHN", ""),
    ("Students set fire to tyres outside the US embassy in Manila.", "PHL", "USA", "0"),
    ("Russian troops set fire to Ukrainian villages in the Kharkiv region.", "RUS", "UKR", "145"),
    ("Protesters did not set fire to the Danish embassy in Tehran.", "IRN", "DNK", "14"),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(ROWS, XFAIL))
def test_riot2x_idiom_object_place(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert prefix_hit(found, (source, target, code)), sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "root"), table_cases(CONTROLS, XFAIL))
def test_riot2x_controls(rules_nlp: Language, text: str, source: str, target: str, root: str) -> None:
    found = asserted(rules_nlp, text)
    assert control_passes(found, source, target, root), sorted(found)


def test_riot2x_table_shape() -> None:
    assert set(XFAIL) <= {row[0] for row in ROWS + CONTROLS}
    assert len({row[0] for row in ROWS + CONTROLS}) == len(ROWS + CONTROLS)
