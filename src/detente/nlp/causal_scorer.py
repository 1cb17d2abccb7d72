"""The linear causal sentence scorer: sparse features of a parsed sentence and a logistic regression over them.

The weights and every threshold of the causal stage live in ``data/causal/classifier.json`` (written by
``benchmarks/train_causal.py``); ``Classifier`` carries both, the thresholds as ``CausalSettings``
(``causal_settings.py``, their one definition).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from itertools import repeat
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from detente.nlp.causal_markers import CAUSAL_DIR, WEIGHTS_FILE, MarkerLexicon
from detente.nlp.causal_settings import MODEL_KEYS, CausalSettings

# ----------------------------------------------------------------------------------------------
# Classifier features. The same function serves training (benchmarks/train_causal.py) and run
# time, so the two cannot drift apart.
# ----------------------------------------------------------------------------------------------


def sentence_features(sent: Span, lex: MarkerLexicon) -> list[str]:
    """Sparse binary features of one parsed sentence: n-grams, dependency relations, markers."""
    feats: list[str] = ["bias"]
    tokens = list(sent)  # one Token object per token, read twice below (speed3, session 23)
    words = [t.lower_ for t in tokens]
    prev = "<s>"
    n_verbs = 0
    markers = (("mc", lex.connectives), ("mf", lex.forward), ("mp", lex.purpose), ("mx", lex.concessive))
    for i, tok in enumerate(tokens):
        w = words[i]
        dep = tok.dep_
        # each attribute read once: a Token property is a vocabulary lookup per read (output unchanged)
        lemma, is_verb = tok.lemma_, tok.pos_ == "VERB"
        if not tok.is_punct:
            feats.append("w:" + w)
        feats.append("b:" + prev + "_" + w)
        prev = w
        if is_verb:
            n_verbs += 1
            feats.append("v:" + lemma)
            feats.append("vt:" + tok.tag_ + ":" + dep)
        if dep in ("advcl", "xcomp", "acl", "relcl", "ccomp", "conj", "pcomp", "npadvmod"):
            feats.append("d:" + dep + ":" + tok.tag_)
            feats.append("dh:" + dep + ":" + tok.head.lemma_ + ">" + lemma)
            if dep == "advcl":
                marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
                feats.append("advcl:" + (marks[0] if marks else tok.tag_))
        elif dep in ("mark", "prep", "agent", "advmod"):
            feats.append("d:" + dep + ":" + w + ":" + tok.head.pos_)
        elif dep in ("dobj", "nsubj", "nsubjpass", "pobj"):
            feats.append("d:" + dep + ":" + tok.head.lemma_)
        if dep == "neg":
            feats.append("neg:" + tok.head.lemma_)
        spec = lex.verbs.get(lemma)
        if spec is not None and is_verb:
            feats.append("mv:" + lemma)
            feats.append("mv_any")
            if any(c.dep_ == "neg" for c in tok.children):
                feats.append("mv_neg")
        for name, index in markers:
            phrase = MarkerLexicon.match(index, words, i) if w in index else None
            if phrase:
                feats.append(name + ":" + " ".join(phrase))
                feats.append(name + "_any")
    feats.append("b:" + prev + "_</s>")
    feats.append("nv:" + str(min(n_verbs, 6)))
    feats.append("len:" + str(min(len(sent) // 8, 8)))
    return feats


class Classifier:
    """Logistic regression over string features; weights are a plain dict (absent feature = 0). Its switches and
    thresholds are ``settings`` (``causal_settings.CausalSettings``, shared with the component's ``Extractor``)."""

    def __init__(
        self, weights: dict[str, float], settings: CausalSettings | None = None, meta: dict[str, Any] | None = None
    ) -> None:
        self.weights = weights
        self.settings = settings if settings is not None else CausalSettings()
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> Classifier:
        """The weights, ``meta`` and settings of ``classifier.json`` in ``path`` (the shipped data directory when
        None); a key that is no setting, or a value of the wrong type, is a ValueError naming the file."""
        directory = Path(path) if path else CAUSAL_DIR
        file = directory / WEIGHTS_FILE
        with open(file, encoding="utf-8") as f:
            data = json.load(f)
        values = {k: v for k, v in data.items() if k not in MODEL_KEYS}
        return cls(data["weights"], CausalSettings.from_mapping(values, str(file)), data.get("meta"))

    def prob(self, feats: Iterable[str]) -> float:
        # the same sum in the same order as a generator over the set, without a generator frame per feature
        z = sum(map(self.weights.get, set(feats), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
