"""Round 27 of issue 13 (docs/causal.md): a fronted participle clause as the cause of the rest of its sentence.

``extra_fronted_participles`` (classifier.json) offers, beside a sentence's first pair, the pair "fronted -ing / -ed
clause -> the rest of the sentence" (``causal_implicit.fronted_participles``): "Angered by the new fuel tax, truck
drivers blocked the highway". Not for a clause of a reporting verb ("Saying that ...") or of a verb that tells where
the speaker spoke (markers.yml ``occasion_verbs``: "Speaking to reporters, ..."), a clause with its own subordinator
("When asked about ...", "Once finished"; only a manner adverb may come first) or its own subject, or a participle
that does not open the sentence.

Each sentence is made up for the test; the probabilities are given, not scored.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import fronted_participles
from tests.conftest import claims_at, parsed_sentence

ANGERED = "Angered by the new fuel tax , truck drivers blocked the highway because the talks had failed ."
DEMANDING = "Demanding higher wages , nurses walked off the job after the hospital cut their pay ."
DEFYING = "But defying the curfew , hundreds of residents gathered in the square because the army had shot a boy ."
SPEAKING = "Speaking to reporters on Monday , the minister said the strike had cost millions because ports were shut ."
SAYING = "Saying that the tax was unfair , the union leader called a strike because the talks had failed ."
WHEN = "When asked about the protest , the governor said the police had acted because the crowd was violent ."
INSIDE = "The workers , protesting the wage cuts , blocked the gate because the managers had left ."
ONCE = "Once finished , the new canal could carry most of the grain exports because the old port is closed ."
BLAMING = "Angrily blaming the council for the floods , residents blocked the bridge because the pumps had failed ."
ALONE = "Defying the curfew , hundreds of residents gathered in the square ."


def _pairs(linear_causal: Language, text: str, p: float, **settings: Any) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in claims_at(linear_causal, text, p, **settings)]


@pytest.mark.parametrize(
    ("text", "cause", "effect_start"),
    [
        (ANGERED, "Angered by the new fuel tax", "truck drivers blocked the highway"),
        (DEMANDING, "Demanding higher wages", "nurses walked off the job"),
        (DEFYING, "defying the curfew", "hundreds of residents gathered in the square"),
        (BLAMING, "Angrily blaming the council for the floods", "residents blocked the bridge"),
    ],
)
def test_a_fronted_participle_causes_the_rest(
    linear_causal: Language, text: str, cause: str, effect_start: str
) -> None:
    on = _pairs(linear_causal, text, 0.9, extra_fronted_participles=True)
    off = _pairs(linear_causal, text, 0.9, extra_fronted_participles=False)
    fronted = [(c, e) for c, e in on if c == cause]
    assert fronted, on
    assert fronted[0][1].startswith(effect_start)
    assert not [c for c, _ in off if c == cause], "off: no such pair"
    assert set(off) < set(on), "a further pair: the sentence's other pairs stay"


@pytest.mark.parametrize("text", [SPEAKING, SAYING, WHEN, INSIDE, ONCE])
def test_no_pair_for_a_speaker_occasion_a_subordinator_or_an_inner_participle(
    linear_causal: Language, text: str
) -> None:
    sent = parsed_sentence(linear_causal, text)
    assert fronted_participles(linear_causal.get_pipe("causal_extractor").extractor, sent) == []
    on = _pairs(linear_causal, text, 0.9, extra_fronted_participles=True)
    off = _pairs(linear_causal, text, 0.9, extra_fronted_participles=False)
    assert on == off


def test_only_beside_a_pair_the_sentence_has(linear_causal: Language) -> None:
    """A further pair: a sentence the scorer doubts and no rule reads gets none from its fronted clause."""
    sent = parsed_sentence(linear_causal, ALONE)
    assert fronted_participles(linear_causal.get_pipe("causal_extractor").extractor, sent), "the clause is found"
    assert _pairs(linear_causal, ALONE, 0.5, extra_fronted_participles=True) == []


def test_the_shipped_classifier_offers_fronted_participles() -> None:
    """Every training fold chose the switch (CNC train 5-fold CV, docs/causal.md round 27)."""
    from detente.nlp.causal_scorer import Classifier

    assert Classifier.load().settings.extra_fronted_participles
