"""EU-level decisions of 2025 in wire style (issue 14, session 32, branch europe2; docs/events.md rule 278).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the codes were
written from the CAMEO codebook before the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder``
run with the learned layer off (``rules_pipeline``). Sanctions packages adopted, extended and renewed (163), the
frozen Russian assets and the reparations loan (a loan agreed is intent, 0331; a loan approved is aid, 071), the
opening of accession talks (046, one event per direction as talks are), pledges made at summits (033x), vetoes and
blocks by a member (129 toward the EU, a block 120, rule 236a), and the EU's bodies and officers as actors (the
Commission, the Council, the Parliament, von der Leyen, Kallas, Costa: all IGO). ``XFAIL`` keeps the rows the
change does not fix, each with why. Rows that would restate pinned rows of tests/test_europe1_events.py and
tests/test_sanctions*_events.py were left out; none contradicts them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import both, coded, table_cases

Events = set[tuple[str, str, str]]

PUBLISHED = "2025-11-01"  # who held which office then: Kallas is the EU's high representative, not Estonia's premier


EUROPE2_SENTENCES: list[tuple[str, Events]] = [
    # sanctions packages adopted, extended, agreed
    ("The EU adopted its 20th sanctions package against Russia on Friday.", {("IGO", "RUS", "163")}),
    ("The Council of the EU approved a new package of sanctions against Russia.", {("IGO", "RUS", "163")}),
    ("EU foreign ministers agreed new sanctions on Belarus.", {("IGO", "BLR", "163")}),
    ("The European Union extended its economic sanctions on Russia by six months.", {("IGO", "RUS", "163")}),
    ("The European Commission proposed new sanctions against Iran.", {("IGO", "IRN", "1312")}),
    # frozen Russian assets and the reparations loan
    ("EU leaders agreed to use frozen Russian assets to fund a loan to Ukraine.", {("IGO", "UKR", "0331")}),
    ("The EU approved a reparations loan of 140 billion euros for Ukraine.", {("IGO", "UKR", "071")}),
    ("The EU decided to keep the Russian central bank's assets frozen indefinitely.", {("IGO", "RUS", "163")}),
    ("Moscow warned the EU against seizing its frozen assets.", {("RUS", "IGO", "130")}),
    ("Belgium rejected the European Commission's plan for a reparations loan.", {("BEL", "IGO", "120")}),
    # accession talks
    (
        "Brussels opened accession talks with Ukraine and Moldova.",
        both("IGO", "UKR", "046") | both("IGO", "MDA", "046"),
    ),
    ("The European Union opened accession negotiations with Albania.", both("IGO", "ALB", "046")),
    # pledges at summits
    ("EU leaders pledged 2 billion euros in humanitarian aid for Gaza.", {("IGO", "PSE", "0333")}),
    ("At the summit the European Council pledged more air defence systems for Ukraine.", {("IGO", "UKR", "0332")}),
    # vetoes and blocks by a member
    ("Hungary blocked the EU's new aid package for Kyiv.", {("HUN", "IGO", "120")}),
    ("Orban vetoed a joint EU statement on Ukraine.", {("HUN", "IGO", "129")}),
    ("Slovakia threatened to block the EU's 20th sanctions package.", {("SVK", "IGO", "130")}),
    # the EU's bodies and officers as actors
    # the incursions themselves are asserted beside the condemnation (drones 195, rule 273; added after the first run)
    (
        "The European Parliament condemned Russia's drone incursions into Poland.",
        {("IGO", "RUS", "111"), ("RUS", "POL", "195")},
    ),
    ("Kallas accused Russia of testing Europe's defences.", {("IGO", "RUS", "112")}),
    ("Von der Leyen visited Kyiv on Monday.", {("IGO", "UKR", "042")}),
    ("Costa praised Moldova for its progress on reforms.", {("IGO", "MDA", "051")}),
    # a fine is an administrative sanction (172, as "The European Commission fined Google" in tests/test_actors*);
    # 1621 was written first, a misreading of the codebook (no aid is cut)
    ("The European Commission fined Hungary for breaching EU asylum rules.", {("IGO", "HUN", "172")}),
]

# "EU foreign ministers agreed new sanctions on Belarus." passes since rule 294 (session 33, leftovers32: a sanction
# noun agreed is the measure adopted, 163; it amends rule 177b's stated intent); "The EU decided to keep the Russian
# central bank's assets frozen indefinitely." passes since rule 297 (session 33, leftovers33: "kept X frozen")
XFAIL: dict[str, str] = {
    "Costa praised Moldova for its progress on reforms.": "only 'Antonio Costa' is in the actor lexicon; the bare "
    "surname is common (a footballer, Costa Rica's first word), so it was not added",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(EUROPE2_SENTENCES, XFAIL))
def test_europe2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert coded(rules_nlp, text, root=False, published=PUBLISHED)[1] == expected


# -- controls: the EU's institutions meeting among themselves, proposals with no other party ---------------------

EUROPE2_CONTROLS: list[tuple[str, Events]] = [
    ("The European Parliament held a debate on the budget.", set()),
    ("EU leaders met in Copenhagen on Wednesday.", set()),
    ("The Commission presented its proposal for the next long-term budget.", set()),
    ("Denmark holds the rotating presidency of the Council of the EU.", set()),
    ("The EU's assets in Russia remain frozen.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EUROPE2_CONTROLS)
def test_europe2_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert coded(rules_nlp, text, root=False, published=PUBLISHED)[1] == expected
