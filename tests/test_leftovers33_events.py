"""An act's state kept: "kept X frozen / closed / detained" (issue 14, session 33, branch leftovers33; docs/events.md
rule 297).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; codes were written from the CAMEO codebook (and, for a border or crossing closed, the plain verb's pinned
reading) before the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned
layer off (``rules_pipeline``). "X kept Y frozen" is the freeze X keeps in force, coded as "X kept freezing Y" and
"X froze Y" are (163 for assets, 173 for a person held, 172 for a border or crossing closed, as the plain verbs code
them); a decision to keep it ("agreed / decided to keep Y frozen") is the act kept in force, asserted, as rule 157d
reads "agreed to extend sanctions" (163, not the bare agreement 030 both ways with the assets' owner). Controls: a
state that is no act ("kept the border open", "kept interest rates unchanged"), a state kept by no actor ("Snow
kept ... closed"), the plain verb, and two of the round's other leads that already code right. ``XFAIL`` keeps the
rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS33_SENTENCES: list[tuple[str, Events]] = [
    # assets kept frozen: a sanction kept in force (163)
    ("The EU agreed to keep Russian assets frozen.", {("IGO", "RUS", "163")}),
    ("Belgium agreed to keep the Russian assets at Euroclear frozen.", {("BEL", "RUS", "163")}),
    ("Canada kept Russian state assets frozen.", {("CAN", "RUS", "163")}),
    ("Japan decided to keep the assets of Russian banks frozen.", {("JPN", "RUS", "163")}),
    # a person kept detained (173)
    ("Russia kept the Ukrainian journalist detained.", {("RUS", "UKR", "173")}),
    # a border or crossing kept closed or sealed, as the plain verb codes it (172)
    ("Israel kept the Gaza crossings sealed.", {("ISR", "PSE", "172")}),
    ("Poland kept its border with Belarus closed.", {("POL", "BLR", "172")}),
    ("Lithuania kept its border crossings with Belarus closed for a month.", {("LTU", "BLR", "172")}),
    # the round's other leads: a pledge to deepen a partnership is intent to cooperate, not specified (030)
    ("Xi and Putin pledged to deepen their strategic partnership.", both("CHN", "RUS", "030")),
]

XFAIL: dict[str, str] = {
    "Belgium agreed to keep the Russian assets at Euroclear frozen.": (
        "the parser hangs 'at' on 'keep' and reads 'frozen' as the noun of 'at Euroclear' (pobj, JJ), so no state "
        "participle hangs on 'keep' and the bare agreement (030 both ways with the assets' owner) stays"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS33_SENTENCES, XFAIL))
def test_leftovers33_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a state that is no act, a state no actor keeps, the plain verb, leads that already code right -------

LEFTOVERS33_CONTROLS: list[tuple[str, Events]] = [
    ("Kyiv kept the border open for refugees.", set()),
    ("The central bank kept interest rates unchanged.", set()),
    ("Snow kept the Upper Lars crossing closed.", set()),
    ("The EU's assets in Russia remain frozen.", set()),
    ("The EU froze Russian assets.", {("IGO", "RUS", "163")}),
    # a state company's cut of gas supplies is its state's embargo act (rule 163e-f; RUSBUS -> RUS)
    ("Gazprom cut gas supplies to Moldova.", {("RUS", "MDA", "163")}),
    ("The EU kept sanctions on Russia in place.", {("IGO", "RUS", "163")}),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS33_CONTROLS)
def test_leftovers33_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
