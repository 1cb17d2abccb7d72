"""Round 37 of issue 13 (docs/causal.md): pairs as the Causal News Corpus marks them.

- ``split_clause_effects`` (classifier.json: false): an effect that coordinates clauses is one effect ("two soldiers
  died and twenty villagers were injured"), not a claim per clause; coordinated nouns ("a collapse of X and a
  shortage of Y") and causes are still split (the map's concepts).
- ``contention_act_targets`` (classifier.json: true): a protest's target that is a party (a pronoun, a person, a
  group of people, an actor: "against the government") gives no further pair; a grievance ("against the new water
  tariff") does.
- markers.yml ``prep_causes.main_only_preps`` (``of``): "convicted of X" is the sentence's own split, never a further
  pair (``implicit_claims(every=True)``).
- A causal participle after a comma that the parse hangs on the noun before it ("pelted stones at the supporters,
  forcing them to flee") has the whole clause as its cause, not that noun.

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.causal_implicit import contention_targets, implicit_claims
from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_rules import Extractor, _comma_participle_clause
from detente.nlp.causal_scorer import Classifier
from tests.causal_sentences import extractor_with
from tests.conftest import only_sentence


def _extractor(split_clause_effects: bool) -> Extractor:
    return extractor_with(split_clause_effects=split_clause_effects)


def pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in extractor.extract(only_sentence(parse, text))]


def test_shipped_settings() -> None:
    clf = Classifier.load()
    assert clf.settings.split_clause_effects is False
    assert clf.settings.contention_act_targets is True
    assert "of" in load_lexicon().main_only_preps


def test_a_coordinated_effect_is_one_effect(parse: Language) -> None:
    text = "Because of the explosion, two soldiers died and twenty villagers were injured."
    assert pairs(parse, _extractor(True), text) == [
        ("the explosion", "two soldiers died"),
        ("the explosion", "twenty villagers were injured"),
    ]
    assert pairs(parse, _extractor(False), text) == [
        ("the explosion", "two soldiers died and twenty villagers were injured")
    ]


def test_coordinated_noun_effects_are_still_split(parse: Language) -> None:
    text = "The sanctions caused a collapse of the national currency and a shortage of medicines in the hospitals."
    split = [
        ("The sanctions", "a collapse of the national currency"),
        ("The sanctions", "a shortage of medicines in the hospitals"),
    ]
    assert pairs(parse, _extractor(True), text) == split
    assert pairs(parse, _extractor(False), text) == split


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hundreds of residents protested against the government on Monday.", False),  # an actor
        ("Hundreds of residents protested against the new water tariff on Monday.", True),  # a grievance
    ],
)
def test_a_protest_target_must_be_a_grievance(parse: Language, text: str, kept: bool) -> None:
    ex = extractor_with()
    sent = only_sentence(parse, text)
    assert contention_targets(ex, sent, True, act_targets=False)  # the round-15 reading gives a pair either way
    got = [(c["cause"], c["effect"]) for c in contention_targets(ex, sent, True, act_targets=True)]
    assert bool(got) is kept
    if kept:
        assert got == [("against the new water tariff", "Hundreds of residents protested")]


def test_a_charge_is_no_further_pair(parse: Language) -> None:
    ex = extractor_with()
    sent = only_sentence(parse, "The two men were convicted of smuggling weapons across the border.")
    first = [(c["cause"], c["effect"]) for c in implicit_claims(ex, sent)]
    assert first == [("smuggling weapons across the border", "The two men were convicted")]
    assert not implicit_claims(ex, sent, subject_split=False, every=True)


def _participle_doc(parse: Language, comma_on_participle: bool) -> Doc:
    """ "Locals pelted stones at the supporters, forcing them to flee." with "forcing" hung on "supporters" (``acl``),
    the parse this rule is for (the small model mostly reads an ``advcl`` here, which the rules already handle)."""
    words = ["Locals", "pelted", "stones", "at", "the", "supporters", ",", "forcing", "them", "to", "flee", "."]
    heads = [1, 1, 1, 1, 5, 3, 7 if comma_on_participle else 5, 5, 7, 10, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct", "acl", "dobj", "aux", "xcomp", "punct"]
    tags = ["NNS", "VBD", "NNS", "IN", "DT", "NNS", ",", "VBG", "PRP", "TO", "VB", "."]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PART", "VERB", "PUNCT"]
    lemmas = ["local", "pelt", "stone", "at", "the", "supporter", ",", "force", "they", "to", "flee", "."]
    return Doc(parse.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("comma_on_participle", [True, False])
def test_a_comma_participle_on_a_noun_has_the_clause_as_cause(parse: Language, comma_on_participle: bool) -> None:
    doc = _participle_doc(parse, comma_on_participle)
    assert _comma_participle_clause(doc[7]) == doc[1]
    got = [(c["cause"], c["effect"]) for c in extractor_with().extract(doc[:])]
    assert got == [("Locals pelted stones at the supporters", "them to flee")]


def test_a_participle_without_a_comma_names_its_noun(parse: Language) -> None:
    words = ["They", "met", "the", "officials", "running", "the", "camp", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "det", "dobj", "punct"]
    doc = Doc(
        parse.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=["PRON", "VERB", "DET", "NOUN", "VERB", "DET"] + ["NOUN", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NNS", "VBG", "DT", "NN", "."],
    )
    assert _comma_participle_clause(doc[4]) is None
