"""2025 trade-war wire copy, third table (issue 14, session 33, branch tariffs3; docs/events.md rule 301).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts: firms put on and taken off a state's trade blacklist (the US "entity list" and sanctions list, China's
"unreliable entity list"), export controls on goods to a country eased or imposed where the parser hangs the
country's "to" phrase on the goods, and an agreed tariff cut of two conjoined parties. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Codes were written from
the CAMEO codebook before the coder ran, following tests/test_tariffs2_events.py (rule 292): a party placed on a
blacklist is sanctioned (163, "impose embargo, boycott, or sanctions"), as one added to it; a party removed or taken
off one has the sanction eased (085, "ease economic sanctions, boycott, embargo"), as a party exempted from a tariff
is (rule 215b); export controls on goods to a country, eased, are 085 toward the country, imposed 163; an agreed cut
is a stated intent to ease (0354). Controls: lists of no measure, places, goods shipped and the list as a subject
code nothing. ``XFAIL`` keeps the rows still failing, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


TARIFFS3_SENTENCES: list[tuple[str, Events]] = [
    # placed / put on a blacklist: sanctioned (163)
    ("The Commerce Department placed 23 Chinese entities on its entity list.", {("USA", "CHN", "163")}),
    ("Washington put three Russian banks on its sanctions list.", {("USA", "RUS", "163")}),
    ("China placed two American drone makers on its unreliable entity list.", {("CHN", "USA", "163")}),
    # removed / taken off a blacklist: the sanction eased (085)
    ("The Treasury removed a Russian oil trader from its sanctions list.", {("USA", "RUS", "085")}),
    ("China removed two US defence firms from its unreliable entity list.", {("CHN", "USA", "085")}),
    ("The United States took four Chinese companies off its entity list.", {("USA", "CHN", "085")}),
    # export controls on goods "to" a country, the phrase hung on the goods
    ("Beijing paused its export controls on rare earth magnets to the United States.", {("CHN", "USA", "085")}),
    ("Beijing suspended its export curbs on rare earths to Washington for a year.", {("CHN", "USA", "085")}),
    ("Beijing paused its export controls on germanium to the United States for a year.", {("CHN", "USA", "085")}),
    ("Japan eased its export restrictions on chip materials to South Korea.", {("JPN", "KOR", "085")}),
    ("China imposed export controls on graphite to the United States.", {("CHN", "USA", "163")}),
    # an agreed cut by two conjoined parties
    ("Washington and Beijing agreed to lower their tariffs on each other's goods.", both("USA", "CHN", "0354")),
]

# rule 317 (session 34, americas4: "export restriction" a measure compound whose sanction reading wins over the
# head's administrative "ease restriction") fixed the last row
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(TARIFFS3_SENTENCES, XFAIL))
def test_tariffs3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: lists of no measure, places, goods shipped, the list as a subject code nothing ------------------------

TARIFFS3_CONTROLS: list[str] = [
    "The minister removed his name from the list of candidates.",
    "Officials placed the new tariff schedule on the government website.",
    "Shipments of rare earths to the United States fell by half in May.",
    "The entity list was updated on Friday.",
    "The party put trade policy on its list of priorities.",
    "Exports of chip materials to South Korea rose last year.",
]


@pytest.mark.parametrize("text", TARIFFS3_CONTROLS)
def test_tariffs3_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
