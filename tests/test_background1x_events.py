"""A nominal attack whose doer is its possessor and whose only party is the place it is fought at (issue 14,
session 33, branch background1x; docs/events.md rule 309).

"Russia's new offensive near Pokrovsk is now in its second week": an attack noun (offensive, assault, attack) with
its doer as possessor and no "on" / "against" party names the party acted on by the place of its "near" phrase or
of its "in" phrase when that phrase's head is a place noun named by a place ("in the Zaporizhzhia region"), as it
already did for a place named alone ("in Kharkiv"). CAMEO 190 (use conventional military force). Controls: the
place's own state as the doer codes nothing; an "on" party keeps the target; a place noun with no place name
codes nothing. Every sentence is our own construction in the style of 2025 news, none copied from an evaluation
set. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

BACKGROUND1X_SENTENCES: list[tuple[str, Events]] = [
    # the "near" phrase of a nominal attack
    ("Russia's summer offensive near Kupiansk has slowed.", {("RUS", "UKR", "190")}),
    ("Russia's assault near Huliaipole is now in its third week.", {("RUS", "UKR", "190")}),
    ("Israel's new offensive near Khan Younis has displaced thousands of families.", {("ISR", "PSE", "190")}),
    ("Russia's offensive near Kostiantynivka gathered pace in November.", {("RUS", "UKR", "190")}),
    # the "in" phrase whose head is a place noun named by a place
    ("Russia's offensive in the Zaporizhzhia region has stalled.", {("RUS", "UKR", "190")}),
    ("Ukraine's offensive in the Kursk region is now in its fifth month.", {("UKR", "RUS", "190")}),
    ("Russia's assault in the Dnipropetrovsk region intensified in October.", {("RUS", "UKR", "190")}),
    ("Israel's offensive in the city of Rafah continued for a third week.", {("ISR", "PSE", "190")}),
    # controls: a place named alone (already coded), another party named, the doer's own place, no place name
    ("Russia's offensive in Sumy has slowed.", {("RUS", "UKR", "190")}),
    ("Russia's offensive against Ukraine is now in its fourth year.", {("RUS", "UKR", "190")}),
    ("Ukraine's counteroffensive near Kupiansk has stalled.", set()),
    ("Russia's offensive in the Belgorod region has stalled.", set()),
    ("Russia's offensive near the border has stalled.", set()),
    # an exercise is no attack: its "near" phrase is left to the show-of-force reading it already had (150)
    ("Russia's military exercises near the Finnish border ended on Friday.", {("RUS", "FIN", "150")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(BACKGROUND1X_SENTENCES, XFAIL))
def test_background1x_sentence(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
