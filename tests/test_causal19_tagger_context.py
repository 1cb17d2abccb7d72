"""Round 19 of issue 13 (docs/causal.md): the span tagger sees the clause around each word piece.

- ``piece_features(states, "wide")``: beside a piece's state and the mean of its two neighbours on each side
  ("near", as before), the mean of the pieces 3 to 8 places to its left, of those 3 to 8 places to its right
  (zeros where the sentence has none) and the sentence's mean state.
- ``SpanTagger.load`` reads which context its weights were trained on from the file's ``meta`` (a file without
  one is "near"), and ``probs`` / ``probs_many`` build that context's features.
- ``span_tagger_wide.npz`` (``train_causal_spans.py train``) is a "wide" tagger; classifier.json's ``span_tagger``
  picks the file the component loads (``span_tagger.npz``, the "near" one, unless it names another).

States are random numbers and sentences are made up for the test; the sentence tests need the MiniLM package.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from detente.nlp.causal_extractor import CAUSAL_DIR
from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_spans import TAGGER_FILE, WIDE_TAGGER_FILE, SpanTagger, piece_features
from detente.nlp.pipeline import build_pipeline

WIDTH = 8  # a small state width keeps the arrays readable


def states_of(pieces: int, seed: int = 0) -> np.ndarray:
    return np.random.RandomState(seed).randn(pieces, WIDTH).astype(np.float32)


def test_near_features_are_as_before() -> None:
    states = states_of(6)
    feats = piece_features(states)
    assert feats.shape == (6, 3 * WIDTH)
    assert np.allclose(feats[3, WIDTH : 2 * WIDTH], (states[2] + states[1]) / 2)
    assert np.allclose(feats[3, 2 * WIDTH :], (states[4] + states[5]) / 2)


def test_wide_features_add_far_windows_and_the_sentence_mean() -> None:
    states = states_of(20)
    feats = piece_features(states, "wide")
    assert feats.shape == (20, 6 * WIDTH)
    assert np.allclose(feats[:, : 3 * WIDTH], piece_features(states))  # the near part is unchanged
    far_left, far_right, whole = (feats[:, k * WIDTH : (k + 1) * WIDTH] for k in (3, 4, 5))
    assert np.allclose(far_left[10], states[2:8].mean(0))  # pieces 2..7: 8 to 3 places before piece 10
    assert np.allclose(far_right[10], states[13:19].mean(0))  # pieces 13..18: 3 to 8 places after it
    assert np.allclose(far_left[4], states[0:2].mean(0))  # the window is cut at the sentence's start
    assert np.allclose(far_right[15], states[18:20].mean(0))  # ... and at its end
    assert np.allclose(whole, states.mean(0))


def test_wide_windows_are_empty_near_the_edges() -> None:
    feats = piece_features(states_of(3), "wide")
    assert not feats[:, 3 * WIDTH : 4 * WIDTH].any()  # no piece has one 3 or more places to its left
    assert not feats[:, 4 * WIDTH : 5 * WIDTH].any()  # ... or to its right


def test_an_unknown_context_is_refused() -> None:
    with pytest.raises(ValueError):
        piece_features(states_of(3), "sideways")


def random_tagger(context: str, seed: int = 1) -> dict[str, np.ndarray]:
    rng = np.random.RandomState(seed)
    d = (6 if context == "wide" else 3) * WIDTH
    return {
        "w1": rng.randn(d, 5).astype(np.float32),
        "b1": np.zeros(5, np.float32),
        "w2": rng.randn(5, 3).astype(np.float32),
        "b2": np.zeros(3, np.float32),
        "mu": np.zeros(d, np.float32),
        "sd": np.ones(d, np.float32),
    }


@pytest.mark.parametrize("context", ["near", "wide"])
def test_the_tagger_file_names_its_context(tmp_path: Path, context: str) -> None:
    path = tmp_path / "tagger.npz"
    np.savez(path, **random_tagger(context), meta=np.array(json.dumps({"context": context})))
    tagger = SpanTagger.load(path)
    assert tagger.context == context
    sentences = [states_of(n, seed=n) for n in (3, 11, 17)]
    one_by_one = [tagger.probs(s) for s in sentences]
    together = tagger.probs_many(sentences, rows=16)  # chunks of several sentences: same features per sentence
    for a, b in zip(one_by_one, together, strict=True):
        assert a.shape == (len(b), 3)
        assert np.allclose(a, b, atol=1e-5)


def test_a_file_without_meta_is_a_near_tagger(tmp_path: Path) -> None:
    path = tmp_path / "tagger.npz"
    np.savez(path, **random_tagger("near"))
    assert SpanTagger.load(path).context == "near"


def test_the_wide_tagger_file_reads_wide_context() -> None:
    tagger = SpanTagger.load(Path(CAUSAL_DIR) / WIDE_TAGGER_FILE)
    assert tagger.context == "wide"
    assert tagger.w1.shape[0] == 6 * 384  # MiniLM's 384-wide states, six blocks
    assert SpanTagger.load(Path(CAUSAL_DIR) / TAGGER_FILE).w1.shape[0] == 3 * 384


def test_classifier_json_names_the_tagger_file(tmp_path: Path) -> None:
    shipped = json.loads((Path(CAUSAL_DIR) / "classifier.json").read_text(encoding="utf-8"))
    assert Classifier.load().settings.span_tagger == shipped.get("span_tagger", TAGGER_FILE)
    (tmp_path / "classifier.json").write_text(json.dumps(shipped | {"span_tagger": WIDE_TAGGER_FILE}))
    assert Classifier.load(tmp_path).settings.span_tagger == WIDE_TAGGER_FILE


@pytest.fixture(scope="module")
def wide_causal(tmp_path_factory: pytest.TempPathFactory):
    """The causal stage with classifier.json's ``span_tagger`` set to the wide tagger (a copy of the data folder)."""
    data = tmp_path_factory.mktemp("causal_data")
    for f in Path(CAUSAL_DIR).iterdir():
        if f.is_file():
            shutil.copy(f, data / f.name)
    settings = json.loads((data / "classifier.json").read_text(encoding="utf-8"))
    (data / "classifier.json").write_text(json.dumps(settings | {"span_tagger": WIDE_TAGGER_FILE}), encoding="utf-8")
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"data_path": str(data)}})


def test_the_switch_loads_the_wide_tagger(wide_causal) -> None:
    tagger = wide_causal.get_pipe("causal_extractor").tagger
    if tagger is None:
        pytest.skip("no MiniLM encoder installed: the tagger is not loaded")
    assert tagger.context == "wide"


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        # no marker the rules read: the wide tagger's pair, each side a whole clause or phrase
        (
            "Hundreds of dock workers walked off the job on Monday, demanding the reinstatement of two colleagues "
            "who were dismissed last week.",
            "demanding the reinstatement of two colleagues",
            "Hundreds of dock workers walked off the job",
        ),
        (
            "Residents staged a sit-in outside the municipal office over the lack of drinking water in their ward.",
            "the lack of drinking water",
            "Residents staged a sit-in outside the municipal office",
        ),
        (
            "Two people were injured when police fired tear gas at stone-throwing youths near the bus station.",
            "police fired tear gas at stone-throwing youths",
            "Two people were injured",
        ),
    ],
)
def test_the_wide_tagger_pairs_clauses(wide_causal, text: str, cause: str, effect: str) -> None:
    if wide_causal.get_pipe("causal_extractor").tagger is None:
        pytest.skip("no MiniLM encoder installed: the tagger is not loaded")
    claims = wide_causal(text)._.causal
    assert claims, text
    assert cause in claims[0]["cause"] and effect in claims[0]["effect"]
    assert claims[0]["cause"] not in claims[0]["effect"] and claims[0]["effect"] not in claims[0]["cause"]
