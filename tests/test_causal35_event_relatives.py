"""Round 43 of issue 13 (docs/causal.md): an event's harm told about its noun is a pair of its own.

``extra_event_relatives`` (``causal_implicit.event_relatives``, offered among ``CausalExtractor._extra_claims``): a
relative clause whose subject is the relative pronoun ("the blast that injured 15 people"), or a participle after the
noun ("an explosion killing five workers"), on an event noun (markers.yml ``prep_causes.event_nouns``) whose verb is
one of harm or upheaval (markers.yml ``event_relative_verbs``) gives "the event -> what it did" beside the sentence's
first pair. A doer's relative clause, a verb outside the list, a negated verb or a noun that is the clause's object
gives none.

Sentences are made up for the test.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_implicit import event_relatives
from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from tests.conftest import claims_at, only_sentence

BLAST = "Police arrested ten men after the blast that injured 15 people in the market."


def _pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in event_relatives(extractor, only_sentence(parse, text))]


def test_the_verbs_are_data() -> None:
    verbs = load_lexicon().event_relative_verbs
    assert {"kill", "injure", "disrupt"} <= verbs
    assert "cause" not in verbs  # a causal verb proper has the verb rule's claim


def test_a_relative_clause_on_an_event(parse: Language, extractor: Extractor) -> None:
    assert _pairs(parse, extractor, BLAST) == [("the blast", "injured 15 people in the market")]


def test_a_participle_on_an_event(parse: Language, extractor: Extractor) -> None:
    text = "Protests broke out after an explosion killing five workers at the factory."
    assert _pairs(parse, extractor, text) == [("an explosion", "killing five workers at the factory")]


def test_a_comma_relative_on_an_event(parse: Language, extractor: Extractor) -> None:
    text = "Thirty people were killed in the riots, which also saw large scale damage to property."
    assert _pairs(parse, extractor, text) == [("the riots", "saw large scale damage to property")]


def test_no_pair_for_a_doer_or_another_verb(parse: Language, extractor: Extractor) -> None:
    # a doer's act (round 42's), a verb outside the list, a negated verb
    assert _pairs(parse, extractor, "Police arrested the protesters who injured a guard at the gate.") == []
    assert _pairs(parse, extractor, "Officials discussed the strike that began on Monday in the port.") == []
    assert _pairs(parse, extractor, "Officials praised the drill that did not disrupt traffic in the city.") == []


def test_no_pair_when_the_noun_is_the_clauses_object(parse: Language, extractor: Extractor) -> None:
    text = "Residents spoke about the attack that the rebels claimed on Sunday."
    assert _pairs(parse, extractor, text) == []


def test_the_switch_adds_a_further_pair(linear_causal: Language) -> None:
    off = [(c["cause"], c["effect"]) for c in claims_at(linear_causal, BLAST, 0.95, None, extra_event_relatives=False)]
    on = claims_at(linear_causal, BLAST, 0.95, None, extra_event_relatives=True)
    assert ("the blast", "injured 15 people in the market") not in off
    further = [c for c in on if (c["cause"], c["effect"]) == ("the blast", "injured 15 people in the market")]
    assert len(further) == 1 and further[0]["extra"] is True
    assert [(c["cause"], c["effect"]) for c in on if not c.get("extra")] == off


def test_shipped_setting() -> None:
    assert Classifier.load().settings.extra_event_relatives is True
