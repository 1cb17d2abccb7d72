"""Past-tense trigger verbs the tagger reads as adjectives (issue 14, session 28, branch adjverb1; docs/events.md
rule 204).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
The small model reads a regular past tense right after a name as an adjective or participle on the noun after it
("Washington(npadvmod) relaxed(JJ, amod) sanctions(ROOT) on Y"), and a participle after a linking verb as an
adjective complement ("remain locked(JJ, acomp) in fighting"), so no verb codes the act. Expected codes are from
the CAMEO codebook: easing restrictions or curbs 081, easing sanctions 085, tightening them 163, fighting 190 (one
event per direction, as "engaged in combat"), talks 040. Controls: the same words as real adjectives ("relaxed
rules", "strained ties", "a frozen conflict") code nothing. ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


ADJVERB1_SENTENCES: list[tuple[str, Events]] = [
    # a past tense read as an adjective / participle on the noun after the name: easing
    ("Washington relaxed sanctions on Venezuela's oil sector.", {("USA", "VEN", "085")}),
    ("Tokyo relaxed curbs on Chinese investment.", {("JPN", "CHN", "081")}),
    ("Pakistan relaxed travel restrictions for Afghan refugees.", {("PAK", "AFG", "081")}),
    ("Turkey relaxed visa rules for Armenian citizens.", {("TUR", "ARM", "081")}),
    ("Seoul loosened restrictions on North Korean tourists.", {("KOR", "PRK", "081")}),
    ("London relaxed sanctions on Syria's central bank.", {("GBR", "SYR", "085")}),
    ("Canberra eased restrictions on Chinese students.", {("AUS", "CHN", "081")}),
    ("Beijing eased curbs on Australian wine imports.", {("CHN", "AUS", "085")}),  # curbs on imports: 085 (rule 317)
    ("Washington loosened sanctions on Cuba.", {("USA", "CUB", "085")}),
    ("Ottawa loosened curbs on Indian investment.", {("CAN", "IND", "081")}),
    # ... tightening
    ("Brussels tightened sanctions on Russian banks.", {("IGO", "RUS", "163")}),
    ("Kyiv tightened restrictions on Russian media.", {("UKR", "RUS", "163")}),
    ("Tokyo tightened export controls on South Korea.", {("JPN", "KOR", "163")}),
    # locked in combat / clashes / talks: a light verb with "in" + trigger noun, also as an adjective complement
    ("Azerbaijani forces were locked in combat with Armenian troops.", both("AZE", "ARM", "190")),
    ("Thai and Cambodian troops were locked in clashes along the border.", both("THA", "KHM", "190")),
    ("Thai and Cambodian troops remained locked in clashes on Sunday.", both("THA", "KHM", "190")),
    ("India and Pakistan remain locked in talks.", both("IND", "PAK", "040")),
    # controls: the words as real adjectives
    ("Hungary welcomed the relaxed rules.", set()),
    ("Relaxed visa rules helped Turkish tourism.", set()),
    ("Strained ties between China and the Philippines worried Japan.", set()),
    ("Ties between Seoul and Tokyo remain strained.", set()),
    ("Russia and Ukraine remain locked in a frozen conflict.", set()),
    ("Strained ties with Beijing.", set()),
    ("Japan welcomed Beijing's relaxed rules on seafood.", {("JPN", "CHN", "051")}),
    # rows the change does not fix
    ("New Delhi relaxed curbs on Chinese investment.", {("IND", "CHN", "081")}),
    ("The European Union relaxed visa rules for Georgian citizens.", {("IGO", "GEO", "081")}),
    ("Indian and Chinese soldiers were locked in a standoff in Ladakh.", set()),
]

# the three parse rows ("visa rules" tagged a verb, "New Delhi" the root) pass since rule 207a/b (session 29,
# leftovers4); the standoff row expects no event since rule 207: a standoff is a state, no act in the codebook
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(ADJVERB1_SENTENCES, XFAIL))
def test_adjverb1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
