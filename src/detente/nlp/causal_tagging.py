"""Glue between the learned span tagger (``nlp/causal_spans.py``) and the parse: a tagged cause and effect
become a claim like the rules' (whole tokens, trimmed, polarity, hedging, pronouns resolved)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from detente.nlp.causal_parse import trim_span

if TYPE_CHECKING:
    from detente.nlp.causal_rules import Extractor


def tagged_claims(ex: Extractor, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
    """A claim from the span tagger's cause and effect (character ranges into ``sent.text``), snapped
    to whole tokens and trimmed like rule spans; polarity from a causal verb of the sentence whose
    lexicon polarity is "-" and from a decrease noun heading the effect; hedged by hedge words."""
    doc = sent.doc
    toks = []
    for role in ("cause", "effect"):
        a, b = spans[role]
        span = doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
        toks.append(trim_span(list(span)) if span is not None else [])
    cause, effect = toks
    if not cause or not effect or not any(t.is_alpha for t in cause) or not any(t.is_alpha for t in effect):
        return []
    for part in (cause, effect):
        if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in part):
            return []  # a fragment ("of strained"), not a phrase
        ids = {t.i for t in part}
        root = next((t for t in part if t.head.i not in ids or t.head == t), part[0])
        if ex.actor_split_filter and ex.is_actor(root):
            return []  # a person, country or organisation is an actor, not a cause or an effect
    inside = {t.i for t in cause} | {t.i for t in effect}
    verbs = [t for t in sent if t.pos_ == "VERB" and t.i not in inside and t.lemma_ in ex.lex.verbs]
    polarity = str(ex.lex.verbs[verbs[0].lemma_].get("polarity", "+")) if verbs else "+"
    signal = verbs[:1] or [min(cause[-1], effect[-1], key=lambda t: t.i)]
    found: list[dict[str, Any]] = []
    ex.claim_one(found, sent, cause, effect, signal, polarity, verbs[0] if verbs else None)
    for claim in found:
        claim["signal"] = "tagger" + (": " + claim["signal"] if verbs else "")
        claim["tagged"] = True
    return found
