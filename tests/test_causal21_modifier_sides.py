"""Round 21 of issue 13 (docs/causal.md): no claim whose side only modifies the other side's clause.

``causal_parse.modifier_side`` is true where a side is no thing that happened but a modifier hanging from the other
side's clause: a verbless side of adverbs and bare time phrases ("hard this year"), or an effect that is one bare
prepositional phrase hanging from the cause ("at the old harbour"); not a cause that is the object of the effect's
verb (CNC reads the object of a protest as its reason). classifier.json's ``no_modifier_sides`` makes the extractor
drop such claims. Sentences are made up for the test.
"""

from __future__ import annotations

import json

from spacy.language import Language

from detente.nlp.causal_extractor import CAUSAL_DIR
from detente.nlp.causal_parse import modifier_side
from detente.nlp.causal_scorer import Classifier
from tests.causal_sentences import extractor_with
from tests.conftest import only_sentence, words_of

MODIFIER_PAIRS = [
    # adverb and a bare time phrase as the cause of the clause they modify
    ("The new port fees hit fishing crews hard this year.", "hard this year", "The new port fees hit fishing crews"),
    # an effect that is only a prepositional phrase of place
    (
        "Angry about the closures, the shop owners gathered at the old harbour.",
        "Angry about the closures, the shop owners gathered",
        "at the old harbour",
    ),
]

CLAUSE_PAIRS = [
    # two clauses
    (
        "The bridge was closed after the river flooded the lower town.",
        "the river flooded the lower town",
        "The bridge was closed",
    ),
    # a noun phrase cause that is the subject of the effect's verb, not its object
    ("The new port fees hurt fishing crews.", "The new port fees", "hurt fishing crews"),
    # the object of the effect's verb as cause: the reason of a protest in CNC
    ("The dock workers are protesting the longer shifts.", "the longer shifts", "The dock workers are protesting"),
    # a prepositional effect that hangs from a word outside the cause
    ("Prices rose sharply, and crowds formed at the market gates.", "Prices rose sharply", "at the market gates"),
]


def test_a_side_that_only_modifies_the_other_is_found(parse: Language) -> None:
    for text, cause, effect in MODIFIER_PAIRS:
        sent = only_sentence(parse, text)
        assert modifier_side(words_of(sent, cause), words_of(sent, effect)), text


def test_clause_and_noun_phrase_sides_are_not(parse: Language) -> None:
    for text, cause, effect in CLAUSE_PAIRS:
        sent = only_sentence(parse, text)
        assert not modifier_side(words_of(sent, cause), words_of(sent, effect)), text


def test_the_extractor_drops_such_claims_only_with_the_switch(parse: Language) -> None:
    text, cause, effect = MODIFIER_PAIRS[0]
    sent = only_sentence(parse, text)
    for on in (False, True):
        found: list[dict] = []
        extractor_with(no_modifier_sides=on).claim(
            found, sent, words_of(sent, cause), words_of(sent, effect), words_of(sent, "hit"), "+", split=False
        )
        assert bool(found) is not on


def test_classifier_json_switch(tmp_path) -> None:
    shipped = json.loads((CAUSAL_DIR / "classifier.json").read_text(encoding="utf-8"))
    (tmp_path / "classifier.json").write_text(
        json.dumps({k: v for k, v in shipped.items() if k != "no_modifier_sides"})
    )
    assert not Classifier.load(tmp_path).settings.no_modifier_sides
    (tmp_path / "classifier.json").write_text(json.dumps(shipped | {"no_modifier_sides": True}))
    assert Classifier.load(tmp_path).settings.no_modifier_sides
