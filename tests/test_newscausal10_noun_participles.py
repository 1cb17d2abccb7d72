"""Round 44 of issue 13 (docs/causal.md): a subjectless "-ing" participle on a plain noun gives way.

``noun_participle_gives_way`` (classifier.json: true; ``Extractor._verb`` flags the claim ``noun_participle``,
``CausalExtractor._claims_at`` decides through ``_gives_way``): a causal verb that is an "-ing" participle hanging on a
plain noun, with no comma before it ("tariffs | affecting Chinese steel", "price caps | limiting oil income"), tells
what the noun is or does; the parse rule read it as "the noun -> the participle's object", where CNC's side is the
clause the noun sits in ("Tariffs affecting Chinese steel -> prices", CNC train: 3 of 17 such claims right, round 42).
Such a claim gives way to any other claim of its sentence and stands only where the sentence has none. A trailing
participle after a comma (", cutting X") reads the clause before it and is no such claim.

Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from tests.causal_sentences import extractor_with
from tests.conftest import claims_at, only_sentence, parsed_sentence

TARIFFS = "Tariffs affecting Chinese steel raised prices for European builders."
CAPS = "Price caps limiting oil income reduced the Kremlin's war budget."
ALONE = "Ministers discussed new rules limiting fuel imports."
COMMA = "The storm flooded the coastal towns, causing heavy damage to the harbour."


def _pairs(claims: list[dict]) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in claims]


def _flagged(extractor: Extractor, parse: Language, text: str) -> tuple[list, list]:
    """The extractor's claims of the one sentence, switch off and on: (pair, flagged) for each."""
    sent = only_sentence(parse, text)
    assert extractor.settings.noun_participle_gives_way is False
    off = [((c["cause"], c["effect"]), bool(c.get("noun_participle"))) for c in extractor.extract(sent)]
    on_ex = extractor_with(noun_participle_gives_way=True)
    on = [((c["cause"], c["effect"]), bool(c.get("noun_participle"))) for c in on_ex.extract(sent)]
    return off, on


def test_shipped_setting() -> None:
    assert Classifier.load().settings.noun_participle_gives_way is True


def test_a_participle_on_a_noun_is_flagged(parse: Language, extractor: Extractor) -> None:
    off, on = _flagged(extractor, parse, TARIFFS)
    # the switch only flags: the same pairs, and none flagged with it off
    assert [pair for pair, _ in off] == [pair for pair, _ in on]
    assert not any(flag for _, flag in off)
    assert [flag for pair, flag in on if pair == ("Tariffs", "Chinese steel")] == [True]
    # the main verb's claim, whose cause is the noun with its participle, is not flagged
    assert [flag for pair, flag in on if pair[0] == "Tariffs affecting Chinese steel"] == [False]


def test_a_comma_participle_is_not_flagged(parse: Language, extractor: Extractor) -> None:
    # ", causing X" reads the clause before the comma: no noun's participle
    _, on = _flagged(extractor, parse, COMMA)
    assert on and not any(flag for _, flag in on)


def test_the_participle_gives_way_to_the_main_verb(linear_causal: Language) -> None:
    for text, participle_pair, main_cause in (
        (TARIFFS, ("Tariffs", "Chinese steel"), "Tariffs affecting Chinese steel"),
        (CAPS, ("Price caps", "oil income"), "Price caps limiting oil income"),
    ):
        off = _pairs(claims_at(linear_causal, text, 0.95, None, noun_participle_gives_way=False))
        on = _pairs(claims_at(linear_causal, text, 0.95, None, noun_participle_gives_way=True))
        assert participle_pair in off
        assert participle_pair not in on
        assert [c for c, _ in on] == [main_cause]


def test_a_participle_alone_stands(linear_causal: Language) -> None:
    # a sentence the scorer doubts has no tagger pair or clause split: the flagged claim is its only reading
    off = _pairs(claims_at(linear_causal, ALONE, 0.2, None, noun_participle_gives_way=False))
    on = _pairs(claims_at(linear_causal, ALONE, 0.2, None, noun_participle_gives_way=True))
    assert on == off
    assert on and on[0][1] == "fuel imports"


def test_the_tagger_reads_a_sentence_whose_only_claim_is_a_noun_participle(linear_causal: Language) -> None:
    # the component runs the tagger only where its pair could be used: a noun's participle does not hold it off
    comp: Any = linear_causal.get_pipe("causal_extractor")
    sent = parsed_sentence(linear_causal, ALONE)
    markers = comp.extractor.extract(sent)
    saved = comp.settings.noun_participle_gives_way
    try:
        assert saved is True  # (the markers above were flagged)
        assert [bool(c.get("noun_participle")) for c in markers] == [True]
        comp.settings.noun_participle_gives_way = False
        assert comp._tagger_applies(sent, 0.95, markers) is False
        comp.settings.noun_participle_gives_way = True
        assert comp._tagger_applies(sent, 0.95, markers) is True
    finally:
        comp.settings.noun_participle_gives_way = saved
