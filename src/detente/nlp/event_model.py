"""The learned event layer: numpy heads over the MiniLM sentence encoding and the parse, on top of the rules.

The trigger lexicon and parse rules of ``event_coder`` stay the high-precision evidence. For every sentence
with actor mentions of two or more distinct primary actors this layer

1. scores each rule event with a verifier (logistic, over the parse features of its actor pair and its
   CAMEO root);
2. scores every ordered pair of resolved actor mentions the rules left uncoded (source -> target) with a
   logistic model over parse features (each mention's role: subject, passive subject, object, ``by``
   agent, the preposition that governs it, possessor/modifier; order and distance; whether they share a
   governing verb; whether a speech verb governs the source; whether the rules coded the reverse pair);
3. types an added event by the lexicon trigger words in the sentence the rules could not attach, or,
   with none, by a softmax over the MiniLM sentence vector (the root head; the causal stage's encoder,
   shared, run only then, its vectors cached per sentence in ``doc.user_data``).

Decisions (thresholds from ``benchmarks/train_events.py``, tuned on training folds only): a rule event
whose best mention pair the verifier scores below ``veto`` is dropped; the best pair the rules did not code
that scores at least ``add`` becomes an event, typed by the root of the sentence's lexicon trigger words
(words the rules could not attach), or with none by the root head when its top root is at least
``root_min`` probable (above 1: never). Its negation / modality / date come from the rules' own tests run
on the verb that governs the source mention. Weights: ``data/events/event_model.npz`` (JSON metadata
inside). With the encoder package absent the layer is off and the rules alone decide. Domestic rule events
(two actors of one country, docs/events.md) pass the layer untouched: it was trained on country pairs.
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from spacy.tokens import Doc, Span, Token

from detente.nlp.syntax import is_root
from detente.paths import data_file
from detente.reference.actors import is_domestic

if TYPE_CHECKING:
    from detente.nlp.event_coder import EventCoder

MODEL_FILE = data_file("events", "event_model.npz")
ADAPTERS = data_file("causal", "minilm_lora.npz")
ROOTS = [f"{i:02d}" for i in range(1, 21)]
ROLES = ("subj", "subjpass", "obj", "agent", "pobj", "mod", "conj", "other")
PREPS = ("with", "to", "against", "on", "at", "of", "in", "from", "for", "between", "toward", "into", "over")
MOD_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod", "flat"}
CACHE_KEY = "minilm_vectors"


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(-1, keepdims=True)


# -- features ----------------------------------------------------------------------------------------


def _anchor(span: Span) -> tuple[Token, bool]:
    """The token that carries the mention's clause role: its root, or the noun it modifies
    ("Russia's invasion", "US sanctions"), or the first conjunct ("the US and Britain")."""
    tok = span.root
    modifier = False
    for _ in range(3):
        if tok.dep_ in MOD_DEPS and not is_root(tok):
            tok, modifier = tok.head, True
        elif tok.dep_ == "conj" and not is_root(tok):
            tok = tok.head
        else:
            break
    return tok, modifier


def mention_role(span: Span) -> tuple[str, str, Token]:
    """(role, governing preposition or "", governing verb or clause head) of an actor mention."""
    tok, modifier = _anchor(span)
    prep = ""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        prep = tok.head.lower_
        role = "agent" if tok.head.dep_ == "agent" or prep == "by" else "pobj"
        verb = tok.head.head
    elif tok.dep_ in ("nsubj", "csubj"):
        role, verb = "subj", tok.head
    elif tok.dep_ == "nsubjpass":
        role, verb = "subjpass", tok.head
    elif tok.dep_ in ("dobj", "obj", "dative", "iobj", "attr", "oprd"):
        role, verb = "obj", tok.head
    else:
        role, verb = ("mod" if modifier else "other"), tok.head
    if modifier and role == "other":
        role = "mod"
    return role, prep, verb


def _verb_above(tok: Token) -> Token:
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or is_root(tok):
            return tok
        tok = tok.head
    return tok


PAIR_NAMES: list[str] = (
    [f"src_{r}" for r in ROLES]
    + [f"tgt_{r}" for r in ROLES]
    + [f"src_prep_{p}" for p in PREPS]
    + [f"tgt_prep_{p}" for p in PREPS]
    + [
        "src_first",
        "distance",
        "n_actors",
        "same_verb",
        "speech_src",
        "rule_ab",
        "rule_ba",
        "rule_any",
        "trigger_between",
        "src_sent_subject",
        "tgt_after_verb",
        "bias",
    ]
)


class _Side(NamedTuple):
    """What one mention brings to its pairs' features: its clause role, governing preposition, the verb above
    it (index, a speech verb, the sentence root), its first token and its primary code. Computed once per mention
    of a sentence, not once per pair (``sentence_pairs``)."""

    role: str
    prep: str
    verb: int
    speech: bool
    root: bool
    start: int
    primary: str


def _side(span: Span, speech_verbs: set[str]) -> _Side:
    from detente.nlp.event_coder import primary

    role, prep, verb = mention_role(span)
    above = _verb_above(verb)
    speech = above.lemma_.lower() in speech_verbs
    return _Side(role, prep, above.i, speech, above.dep_ == "ROOT", span.start, primary(span.label_))


# each role's and preposition's column, read by a dict lookup instead of a tuple scan per pair (speed2, session 21)
_ROLE_COLUMN = {r: i for i, r in enumerate(ROLES)}
_PREP_COLUMN = {p: i for i, p in enumerate(PREPS)}


def _pair_row(
    s: _Side, t: _Side, n_actors: int, rule_pairs: set[tuple[str, str]], trigger_tokens: set[int]
) -> np.ndarray:
    x = np.zeros(len(PAIR_NAMES), dtype=np.float32)
    _fill_pair_row(
        x, s, t, n_actors, rule_pairs, any(min(s.start, t.start) < i < max(s.start, t.start) for i in trigger_tokens)
    )
    return x


def _fill_pair_row(
    x: np.ndarray, s: _Side, t: _Side, n_actors: int, rule_pairs: set[tuple[str, str]], trigger_between: bool
) -> None:
    """Write the pair's features into ``x``, a zeroed row of ``len(PAIR_NAMES)`` float32 columns (``_pair_row``
    for one pair; ``sentence_pairs`` fills the rows of one matrix). ``trigger_between``: whether a lexicon
    trigger word lies strictly between the two mentions' first tokens."""
    x[_ROLE_COLUMN[s.role]] = 1
    x[len(ROLES) + _ROLE_COLUMN[t.role]] = 1
    base = 2 * len(ROLES)
    if s.prep in _PREP_COLUMN:
        x[base + _PREP_COLUMN[s.prep]] = 1
    if t.prep in _PREP_COLUMN:
        x[base + len(PREPS) + _PREP_COLUMN[t.prep]] = 1
    k = base + 2 * len(PREPS)
    sp, tp = s.primary, t.primary
    x[k] = float(s.start < t.start)
    x[k + 1] = min(abs(s.start - t.start), 40) / 40.0
    x[k + 2] = min(n_actors, 6) / 6.0
    x[k + 3] = float(s.verb == t.verb)
    x[k + 4] = float(s.speech and s.role == "subj")
    x[k + 5] = float((sp, tp) in rule_pairs)
    x[k + 6] = float((tp, sp) in rule_pairs)
    x[k + 7] = float(bool(rule_pairs))
    x[k + 8] = float(trigger_between)
    x[k + 9] = float(s.role == "subj" and s.root)
    x[k + 10] = float(t.start > s.verb)
    x[k + 11] = 1.0


def pair_features(
    sent: Span,
    src: Span,
    tgt: Span,
    n_actors: int,
    rule_pairs: set[tuple[str, str]],
    trigger_tokens: set[int],
    speech_verbs: set[str],
) -> np.ndarray:
    """Parse features of one ordered (source, target) mention pair; ``rule_pairs`` holds the rules'
    (source primary, target primary) pairs in this sentence."""
    return _pair_row(_side(src, speech_verbs), _side(tgt, speech_verbs), n_actors, rule_pairs, trigger_tokens)


def trigger_roots(sent: Span, coder: EventCoder, tokens: list[Token] | None = None) -> tuple[np.ndarray, set[int]]:
    """Bag of the CAMEO roots of lexicon trigger words in the sentence (parse-independent evidence), and
    the token indices of those words. ``tokens``: the sentence's tokens or any part of them that holds its
    verbs, auxiliaries and nouns (``triggers.SCAN_POS``), in order; only those can count."""
    bag = np.zeros(len(ROOTS), dtype=np.float32)
    where: set[int] = set()
    lex = coder.lex
    for tok in sent if tokens is None else tokens:
        pos = tok.pos_  # read once; the lemma only for the four parts of speech that can carry a code
        if pos in ("VERB", "AUX"):
            lemma = tok.lemma_.lower()
            code = lex.verbs.get(lemma)
            wrapper = lex.wrap_verbs.get(lemma)
            code = code or (wrapper.code if wrapper else None)
        elif pos in ("NOUN", "PROPN"):
            lemma = tok.lemma_.lower()
            code = lex.nouns.get(lemma)
            wrapper = lex.wrap_nouns.get(lemma)
            code = code or (wrapper.code if wrapper else None)
        else:
            continue
        if code and code[:2] in ROOTS:
            bag[ROOTS.index(code[:2])] += 1
            where.add(tok.i)
    return np.minimum(bag, 2.0) / 2.0, where


# -- the model ---------------------------------------------------------------------------------------


class EventModel:
    """Rule-event verifier + pair scorer + root head + thresholds, loaded from ``event_model.npz``."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any], encoder: Any) -> None:
        self.a = arrays
        self.meta = meta
        self.thresholds: dict[str, float] = {k: float(v) for k, v in meta["thresholds"].items()}
        self.encoder = encoder

    @classmethod
    def load(cls, path: Path | str = MODEL_FILE) -> EventModel | None:
        """The shipped model, or None when its file or the encoder package is missing (rules alone)."""
        path = Path(path)
        if not path.exists():
            return None
        from detente.nlp.minilm import MiniLMUnavailable

        try:
            encoder = shared_encoder(str(ADAPTERS.resolve()))
        except MiniLMUnavailable:
            return None
        with np.load(path) as z:
            arrays = {k: z[k] for k in z.files}
        meta = json.loads(str(arrays.pop("meta")))
        return cls(arrays, meta, encoder)

    # -- scoring -----------------------------------------------------------------------------------
    def pair_probs(self, feats: np.ndarray) -> np.ndarray:
        """P(this ordered mention pair is an event's source -> target), from parse features alone."""
        return linear(self.a, "pair", feats)

    def verify_probs(self, feats: np.ndarray, codes: Sequence[str]) -> np.ndarray:
        """P(a rule event is right), from its pair's parse features and its CAMEO root."""
        return linear(self.a, "verify", np.concatenate([feats, root_onehot(codes)], 1))

    def root_probs(self, bag: np.ndarray, rule_bag: np.ndarray, vec: np.ndarray) -> np.ndarray:
        x = (np.concatenate([vec, bag, rule_bag]) - self.a["root_mu"]) / self.a["root_sd"]
        return softmax(x @ self.a["root_w"] + self.a["root_b"])

    def vector(self, doc: Doc, sent: Span) -> np.ndarray:
        """The sentence's MiniLM vector, encoded once and cached on the doc (``doc.user_data``) by its start
        character, so that every head and any later stage reuse it."""
        cache: dict[int, np.ndarray] = doc.user_data.setdefault(CACHE_KEY, {})
        if sent.start_char not in cache:
            cache[sent.start_char] = self.encoder.embed([sent.text])[0]
        return cache[sent.start_char]

    def refine(
        self,
        doc: Doc,
        sent: Span,
        mentions: list[Span],
        events: list[dict[str, Any]],
        coder: EventCoder,
        tokens: list[Token] | None = None,
    ) -> list[dict[str, Any]]:
        """The sentence's events after the learned layer: rule events kept unless vetoed, learned pairs
        added (see the module docstring). ``tokens``: the sentence's ``triggers.SCAN_POS`` tokens when the
        caller has them (``trigger_roots``)."""
        from detente.nlp.event_coder import Trigger, primary

        # domestic rule events (two actors of one country) pass untouched: the layer was trained on country
        # pairs and neither vetoes nor adds them (docs/events.md, "Domestic events")
        international = [e for e in events if not is_domestic(e["source"], e["target"])]
        decided = decide(self, doc, sent, mentions, international, coder, tokens=tokens)
        kept_ids = {id(international[i]) for i in decided["keep"]}
        kept = [e for e in events if id(e) in kept_ids or is_domestic(e["source"], e["target"])]
        seen = {(primary(e["source"]), primary(e["target"]), e["cameo"][:2]) for e in kept}
        for src, tgt, root in decided["add"]:
            key = (primary(src.label_), primary(tgt.label_), root)
            if key in seen:
                continue
            seen.add(key)
            verb = _verb_above(mention_role(src)[2])
            trig = Trigger(verb, f"{root}0", "verb")
            negated = coder.modality.negated(trig)
            hypothetical, _ = coder.modality.hedged(trig)
            date = coder.date_of(verb, sent, doc)
            kept.append(coder.event_record(doc, sent, trig, f"{root}0", src, tgt, negated, hypothetical, date))
        return kept


def linear(arrays: dict[str, np.ndarray], name: str, x: np.ndarray) -> np.ndarray:
    """A standardised logistic model stored as ``{name}_w``, ``{name}_b``, ``{name}_mu``, ``{name}_sd``."""
    z = ((x - arrays[f"{name}_mu"]) / arrays[f"{name}_sd"]) @ arrays[f"{name}_w"] + arrays[f"{name}_b"]
    return sigmoid(z)


def root_onehot(codes: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(codes), len(ROOTS)), dtype=np.float32)
    for i, code in enumerate(codes):
        if code[:2] in ROOTS:
            out[i, ROOTS.index(code[:2])] = 1.0
    return out


def decide(
    model: EventModel,
    doc: Doc | None,
    sent: Span,
    mentions: list[Span],
    events: list[dict[str, Any]],
    coder: EventCoder,
    vec: np.ndarray | None = None,
    tokens: list[Token] | None = None,
) -> dict[str, Any]:
    """Which rule events stay (indices) and which (source, target, root) the model adds. The encoder runs
    only when a pair the rules left uncoded scores at least ``add`` (``vec`` given: no encoding); ``tokens``
    as for ``trigger_roots``."""
    from detente.nlp.event_coder import primary

    feats, pairs = sentence_pairs(sent, mentions, events, coder, tokens)
    keep = list(range(len(events)))
    if not pairs:
        return {"keep": keep, "add": []}
    th = model.thresholds
    rows_of: dict[tuple[str, str], list[int]] = {}
    for i, (a, b) in enumerate(pairs):
        rows_of.setdefault((primary(a.label_), primary(b.label_)), []).append(i)
    vetoed = set()
    for i, e in enumerate(events):
        rows = rows_of.get((primary(e["source"]), primary(e["target"])))
        # the best-supported mention pair of the event's two actors speaks for it
        if rows and float(model.verify_probs(feats[rows], [e["cameo"]] * len(rows)).max()) < th["veto"]:
            vetoed.add(i)
    keep = [i for i in keep if i not in vetoed]
    rule_keys = {(primary(e["source"]), primary(e["target"])) for e in events}
    pair_p = model.pair_probs(feats)
    candidates = sorted(
        (
            (float(p), a, b)
            for (a, b), p in zip(pairs, pair_p, strict=True)
            if p >= th["add"]
            and (primary(a.label_), primary(b.label_)) not in rule_keys
            and not placed_target(b, coder)
        ),
        key=lambda c: -c[0],
    )
    if not candidates:
        return {"keep": keep, "add": []}
    bag, _ = trigger_roots(sent, coder, tokens)
    if bag.max() > 0:
        # a trigger word the rules could not attach: its root types the event (measured better than the
        # root head wherever the lexicon has a word for the sentence)
        root_i, root_ok = int(np.argmax(bag)), True
    else:
        if th["root_min"] > 1.0:
            return {"keep": keep, "add": []}
        if vec is None:
            assert doc is not None
            vec = model.vector(doc, sent)
        root_p = model.root_probs(bag, rule_root_bag(events), vec)
        root_i = int(np.argmax(root_p))
        root_ok = float(root_p[root_i]) >= th["root_min"]
    add: list[tuple[Span, Span, str]] = []
    if root_ok:
        done: set[tuple[str, str]] = set()
        for _, a, b in candidates:
            key = (primary(a.label_), primary(b.label_))
            if key not in done and len(add) < int(th.get("max_add", 1)):
                done.add(key)
                add.append((a, b, ROOTS[root_i]))
    return {"keep": keep, "add": add}


def placed_target(target: Span, coder: EventCoder) -> bool:
    """Whether a mention is named as the place of a nominal event by a place preposition
    (``constructions.nominal_place_preps``: "war crimes at The Hague"): a place is not the target of an
    added event (docs/events.md rule 22). A verb's "at" phrase may be a destination ("arrived at Juba")."""
    tok = target.root
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and not is_root(tok):
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in coder.lex.nominal_place_preps and prep.head.pos_ in ("NOUN", "PROPN")


def rule_root_bag(events: list[dict[str, Any]]) -> np.ndarray:
    bag = np.zeros(len(ROOTS), dtype=np.float32)
    for e in events:
        if e["cameo"][:2] in ROOTS and not e["negated"] and not e["hypothetical"]:
            bag[ROOTS.index(e["cameo"][:2])] = 1.0
    return bag


def sentence_pairs(
    sent: Span,
    mentions: list[Span],
    events: list[dict[str, Any]],
    coder: EventCoder,
    tokens: list[Token] | None = None,
) -> tuple[np.ndarray, list[tuple[Span, Span]]]:
    """Features for every ordered pair of mentions of distinct primary actors in the sentence (``tokens`` as
    for ``trigger_roots``)."""
    from detente.nlp.event_coder import primary

    prims = {primary(m.label_) for m in mentions}
    rule_pairs = {(primary(e["source"]), primary(e["target"])) for e in events}
    _, trig_toks = trigger_roots(sent, coder, tokens)
    sides = [_side(m, coder.lex.speech_verbs) for m in mentions]  # once per mention, not per pair
    pairs, index = [], []
    for i, (a, sa) in enumerate(zip(mentions, sides, strict=True)):
        for j, (b, sb) in enumerate(zip(mentions, sides, strict=True)):
            if a is b or sa.primary == sb.primary:
                continue
            pairs.append((a, b))
            index.append((i, j))
    # one zeroed matrix filled row by row (the values ``_pair_row`` gives, without a row array and a stack per
    # sentence); "a trigger between" by bisection of the sorted trigger positions (speed2, session 21)
    feats = np.zeros((len(pairs), len(PAIR_NAMES)), dtype=np.float32)
    where = sorted(trig_toks)
    for row, (i, j) in enumerate(index):
        sa, sb = sides[i], sides[j]
        lo, hi = (sa.start, sb.start) if sa.start <= sb.start else (sb.start, sa.start)
        at = bisect.bisect_right(where, lo)  # the first trigger after ``lo``
        _fill_pair_row(feats[row], sa, sb, len(prims), rule_pairs, at < len(where) and where[at] < hi)
    return feats, pairs


@functools.lru_cache(maxsize=2)
def shared_encoder(adapters: str) -> Any:
    """The causal stage's encoder (same adapters file, same cached instance), so the weights load once."""
    from detente.nlp.causal_extractor import _load_encoder

    return _load_encoder(adapters)
