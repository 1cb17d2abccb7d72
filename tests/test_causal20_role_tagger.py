"""Round 20 of issue 13 (docs/causal.md): the wide span tagger's spans, the near tagger's roles.

- classifier.json's ``role_tagger`` names a second tagger whose per-piece role log-odds replace the span
  tagger's in every reading (``SpanTagger.roles_many``): they check a split's direction, turn it, and vote
  extra splits; the span tagger's own pair, scores and pieces stay.
- ``tag_pair_min_role_vote``: the tagger's pair is turned round where the role vote for its cause and effect
  falls under the value.
- ``tag_pair_no_subject_effect``: the tagger's pair is dropped where its effect holds the subject of a verb inside
  its cause ("protesting the longer shifts -> The nurses"): a predicate does not cause its own subject.

Sentences are made up for the test; the pipeline tests need the MiniLM package.
"""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_encoder_tier import tag
from detente.nlp.causal_extractor import CAUSAL_DIR, _effect_is_subject_of_cause, _role_checked
from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_spans import TAGGER_FILE, WIDE_TAGGER_FILE, SpanTagger
from detente.nlp.pipeline import build_pipeline
from tests.conftest import only_sentence


def reading(sent: Span, cause: str, effect: str, roles: list[tuple[int, int, float]] | None = None) -> dict[str, Any]:
    c0, e0 = sent.text.index(cause), sent.text.index(effect)
    return {
        "cause": (c0, c0 + len(cause)),
        "effect": (e0, e0 + len(effect)),
        "cause_score": 20.0,
        "effect_score": 20.0,
        "roles": roles or [],
    }


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The nurses are protesting the longer night shifts.", "protesting the longer night shifts", "The nurses"),
        ("Heavy rain flooded the valley roads, cutting off two villages.", "flooded the valley roads", "Heavy rain"),
        ("The old ferry was sunk by a sudden storm.", "sunk by a sudden storm", "The old ferry"),
    ],
)
def test_a_pair_whose_effect_is_the_subject_of_its_cause_verb_is_found(
    parse: Language, text: str, cause: str, effect: str
) -> None:
    sent = only_sentence(parse, text)
    assert _effect_is_subject_of_cause(sent, reading(sent, cause, effect))


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        # the cause is a clause with its own subject, the effect another clause
        (
            "Police fired tear gas after protesters threw stones at the station.",
            "protesters threw stones at the station",
            "Police fired tear gas",
        ),
        # the cause names the object only, the effect keeps subject and verb together
        ("The nurses are protesting the longer night shifts.", "the longer night shifts", "The nurses are protesting"),
    ],
)
def test_other_pairs_are_not(parse: Language, text: str, cause: str, effect: str) -> None:
    sent = only_sentence(parse, text)
    assert not _effect_is_subject_of_cause(sent, reading(sent, cause, effect))
    assert not _effect_is_subject_of_cause(sent, None)


def test_a_pair_the_role_vote_reads_backwards_is_turned_round(parse: Language) -> None:
    sent = only_sentence(parse, "Fuel prices rose sharply, so the drivers went on strike.")
    cause, effect = "the drivers went on strike", "Fuel prices rose sharply"
    c0, e0 = sent.text.index(cause), sent.text.index(effect)
    # the role tagger reads the first clause as the cause (+3) and the second as the effect (-3)
    roles = [(t.idx - sent.start_char, t.idx - sent.start_char + len(t), 3.0 if t.idx < c0 else -3.0) for t in sent]
    backwards = reading(sent, cause, effect, roles)
    turned = _role_checked(backwards, 0.0)
    assert turned is not None and turned["roles"] == roles
    assert (turned["cause"], turned["effect"]) == (backwards["effect"], backwards["cause"])
    # unset (the default), or a pair the vote backs, stays
    assert _role_checked(backwards, -math.inf) is backwards
    forwards = reading(sent, effect, cause, roles)
    assert e0 < c0 and _role_checked(forwards, 0.0) is forwards


def test_classifier_json_names_the_role_tagger(tmp_path) -> None:
    shipped = json.loads((CAUSAL_DIR / "classifier.json").read_text(encoding="utf-8"))
    bare = {k: v for k, v in shipped.items() if k not in ("role_tagger", "tag_pair_min_role_vote")}
    (tmp_path / "classifier.json").write_text(json.dumps(bare | {"tag_pair_no_subject_effect": False}))
    clf = Classifier.load(tmp_path)
    assert clf.settings.role_tagger is None and clf.settings.tag_pair_min_role_vote == -math.inf
    assert not clf.settings.tag_pair_no_subject_effect


def test_roles_many_gives_the_roles_of_read_many() -> None:
    tagger = SpanTagger.load(CAUSAL_DIR / TAGGER_FILE)
    width = tagger.mu.shape[0] // 3  # near features: a piece's state and two neighbour means
    states = np.random.RandomState(0).randn(7, width).astype(np.float32)
    offsets = [(i * 4, i * 4 + 3) for i in range(7)]
    (read,) = tagger.read_many([(states, offsets)])
    assert tagger.roles_many([(states, offsets)]) == [read["roles"]]


@pytest.fixture(scope="module")
def causal_nlp() -> Language:
    nlp = build_pipeline(stages=("causal_extractor",))
    comp = nlp.get_pipe("causal_extractor")
    if comp.tagger is None:
        pytest.skip("the span tagger needs the MiniLM encoder")
    return nlp


def test_the_shipped_component_reads_spans_wide_and_roles_near(causal_nlp: Language) -> None:
    comp = causal_nlp.get_pipe("causal_extractor")
    assert comp.classifier.settings.span_tagger == WIDE_TAGGER_FILE
    assert comp.classifier.settings.role_tagger == TAGGER_FILE
    assert comp.tagger.context == "wide" and comp.role_tagger is not None and comp.role_tagger.context == "near"
    text = "Heavy rain flooded the valley roads, forcing dozens of families to leave."
    sent = next(iter(causal_nlp(text).sents))
    (read,) = comp.tagged_spans([sent], [1.0])
    wide = tag(comp.encoder, comp.tagger, [sent.text], [0], {})[0]
    near = tag(comp.encoder, comp.role_tagger, [sent.text], [0], {})[0]
    assert read is not None and wide is not None and near is not None
    assert read["roles"] == near["roles"] != wide["roles"]
    assert read.get("cause") == wide.get("cause") and read["pieces"] == wide["pieces"]


@pytest.mark.parametrize(
    "text",
    [
        "The nurses are protesting the longer night shifts.",
        "The farmers were protesting the cuts to grain subsidies.",
        "Heavy rain flooded the valley roads, forcing dozens of families to move to shelters.",
    ],
)
def test_no_claim_makes_a_predicate_the_cause_of_its_own_subject(causal_nlp: Language, text: str) -> None:
    doc = causal_nlp(text)
    for claim in doc._.causal:
        assert not claim["cause"].lower().startswith(("protesting", "flooded")), claim
