"""Issue 13, round 8: implicit clause splits whose direction the span tagger reads the other way.

The clause split says where to cut a causal sentence without a marker; the tagger's per-piece cause/effect
log-odds say which side causes the other. A motive participle ("..., demanding higher wages") and the
object of a protest ("The teachers are protesting the new pension rules") are causes. All on the real spaCy
model; where roles come from the tagger, the real MiniLM encoder and tagger.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_extractor import CAUSAL_DIR, WEIGHTS_FILE, Classifier
from detente.nlp.causal_spans import role_vote
from detente.nlp.causal_tagging import directed_split
from detente.nlp.pipeline import build_pipeline


def one_sentence(nlp: Language, text: str) -> Span:
    sents = list(nlp(text).sents)
    assert len(sents) == 1
    return sents[0]


def roles_reading(sent: Span, cause_text: str, effect_text: str) -> list[tuple[int, int, float]]:
    """Role log-odds, one per token of ``sent``: +4 inside ``cause_text``, -4 inside ``effect_text``, 0
    elsewhere (offsets into ``sent.text``, as the tagger gives them)."""
    c0 = sent.text.index(cause_text)
    e0 = sent.text.index(effect_text)
    out = []
    for t in sent:
        a = t.idx - sent.start_char
        b = a + len(t.text)
        value = 4.0 if c0 <= a < c0 + len(cause_text) else -4.0 if e0 <= a < e0 + len(effect_text) else 0.0
        out.append((a, b, value))
    return out


def test_role_vote_compares_the_mean_log_odds_inside_each_side() -> None:
    roles = [(0, 5, 3.0), (6, 10, 1.0), (11, 15, -2.0), (16, 20, -4.0)]
    assert role_vote(roles, (0, 10), (11, 20)) == pytest.approx(2.0 - (-3.0))
    assert role_vote(roles, (11, 20), (0, 10)) == pytest.approx(-5.0)
    # a side without any piece (a pronoun resolved into the previous sentence) gives no vote
    assert role_vote(roles, (30, 40), (0, 10)) is None


def test_the_shipped_classifier_turns_splits_and_a_bare_one_does_not() -> None:
    assert Classifier.load(CAUSAL_DIR).settings.swap_implicit_below > -math.inf
    assert Classifier({"bias": 0.0}).settings.swap_implicit_below == -math.inf


def test_a_motive_participle_becomes_the_cause_and_a_result_participle_stays_the_effect(
    causal_nlp: Language,
) -> None:
    comp = causal_nlp.get_pipe("causal_extractor")
    below = comp.classifier.settings.swap_implicit_below
    motive = "Hundreds of workers staged a sit-in outside the factory on Monday, demanding higher wages."
    result = "The storm flooded the coastal towns, forcing thousands of residents to leave their homes."
    for text, main, cause in (
        (motive, "Hundreds of workers staged a sit-in outside the factory on Monday", "demanding higher wages"),
        (result, "The storm flooded the coastal towns", "The storm flooded the coastal towns"),
    ):
        sent = one_sentence(causal_nlp, text)
        (split,) = comp.extractor.fallback(sent, True, True)
        assert split["cause"] == main, "the clause split puts the main clause first"
        tagged = comp.tagged_spans([sent], [1.0])[0]
        assert tagged is not None and tagged["roles"]
        checked = directed_split(comp.extractor, sent, split, tagged["roles"], below)
        assert checked["cause"] == cause
        text = sent.doc.text
        assert text[checked["cause_start"] : checked["cause_end"]] == checked["cause"]
        assert text[checked["effect_start"] : checked["effect_end"]] == checked["effect"]


def test_the_object_of_a_protest_is_its_reason(causal_nlp: Language) -> None:
    claims = causal_nlp("The teachers are protesting the new pension rules.")._.causal
    assert [(c["cause"], c["effect"]) for c in claims] == [("the new pension rules", "The teachers are protesting")]
    assert claims[0]["implicit"]


def test_a_purpose_given_as_a_complement_is_the_reason(causal_nlp: Language) -> None:
    sent = one_sentence(causal_nlp, "This was to ensure that the talks would continue.")
    comp = causal_nlp.get_pipe("causal_extractor")
    (split,) = comp.extractor.fallback(sent, True, True)
    assert (split["cause"], split["effect"]) == ("This", "was to ensure that the talks would continue")
    roles = roles_reading(sent, "to ensure", "This")
    checked = directed_split(comp.extractor, sent, split, roles, 0.0)
    assert (checked["cause"], checked["effect"]) == ("to ensure that the talks would continue", "This was")


def test_a_copula_a_when_clause_a_reported_clause_and_an_agreeing_vote_keep_their_direction(
    causal_nlp: Language,
) -> None:
    comp = causal_nlp.get_pipe("causal_extractor")
    for text, cause, effect in (
        ("This growing axis is a serious headache for Washington.", "This growing axis", "is a serious headache"),
        (
            "When two nuclear powers stop talking, accidents and misjudgments become more likely.",
            "two nuclear powers stop talking",
            "accidents and misjudgments",
        ),
        # what is learned or said is content, not a reason; a clause of its own after the verb neither
        (
            "The union has learned that the mine terminated the contract.",
            "The union",
            "has learned that the mine terminated the contract",
        ),
        (
            "The old bridge collapsed while two heavy trucks were crossing it.",
            "The old bridge",
            "collapsed while two heavy trucks were crossing it",
        ),
    ):
        sent = one_sentence(causal_nlp, text)
        (split,) = comp.extractor.fallback(sent, True, True)
        assert split["cause"] == cause and split["effect"].startswith(effect)
        # the tagger reading it the other way does not turn these around
        assert directed_split(comp.extractor, sent, split, roles_reading(sent, effect, cause), 0.0) == split
    sent = one_sentence(causal_nlp, "The teachers are protesting the new pension rules.")
    (split,) = comp.extractor.fallback(sent, True, True)
    agreeing = roles_reading(sent, "The teachers", "protesting the new")
    assert directed_split(comp.extractor, sent, split, agreeing, 0.0) == split


def test_with_the_switch_off_the_split_keeps_the_clause_order(tmp_path: Path) -> None:
    data = tmp_path / "causal"
    shutil.copytree(CAUSAL_DIR, data)
    weights = json.loads((data / WEIGHTS_FILE).read_text(encoding="utf-8"))
    weights.pop("swap_implicit_below")
    weights.pop("tag_over_subject_split_min_score")  # round 14 would put the tagger's pair before the split
    (data / WEIGHTS_FILE).write_text(json.dumps(weights), encoding="utf-8")
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"data_path": str(data)}})
    claims = nlp("The teachers are protesting the new pension rules.")._.causal
    assert [(c["cause"], c["effect"]) for c in claims] == [("The teachers", "are protesting the new pension rules")]
