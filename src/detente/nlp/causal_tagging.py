"""Glue between the learned span tagger (``nlp/causal_spans.py``) and the parse: a tagged cause and effect
become a claim like the rules' (whole tokens, trimmed, polarity, hedging, pronouns resolved)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from detente.nlp.causal_implicit import evidential_participle, tells_result
from detente.nlp.causal_parse import after_fronted, after_fronted_parse, trim_span
from detente.nlp.causal_spans import role_vote
from detente.nlp.extensions import doc_text

_MODIFIERS = {"det", "amod", "compound", "poss", "nummod", "predet"}
_PHRASE_INTERNAL = {"prt", "compound", "det", "nummod", "hyph"}
_DANGLING = {"ADP", "DET", "AUX", "CCONJ", "SCONJ", "PART"}
_REASON_DEPS = {"dobj", "prep", "xcomp", "dative", "obj"}  # what a verb's reason hangs from after the verb
_TAIL = 15  # tokens a finished phrase may add to the right (CNC train: 4 -> 0.335, 8 -> 0.338, 15 -> 0.339)

if TYPE_CHECKING:
    from detente.nlp.causal_rules import Extractor


def tagged_claims(ex: Extractor, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
    """A claim from the span tagger's cause and effect (character ranges into ``sent.text``), snapped
    to whole tokens and trimmed like rule spans; polarity from a causal verb of the sentence whose
    lexicon polarity is "-" and from a decrease noun heading the effect; hedged by hedge words. With the
    extractor's ``parse_span_bias`` set, the cause and effect of a sentence the free runs make a claim of are
    chosen again among the parse's units (``parse_decoded``, from the tagger's ``pieces``)."""
    found = _tagged_claims(ex, sent, spans)
    if not found:
        return found
    # round 13: where the tagger's free runs make a claim, its cause and effect are chosen again among the
    # parse's units; the sentence keeps a claim either way (which sentences hold a claim does not change)
    return _inference_drops(
        ex, sent, _result_turns(ex, sent, _event_effects(ex, sent, _unit_claims(ex, sent, spans) or found))
    )


def unit_claims(ex: Extractor, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
    """A claim from the tagger's cause and effect chosen among the parse's units alone (``parse_decoded``, with
    the extractor's ``parse_span_bias``; none when that is unset or the reading has no ``pieces``)."""
    return _inference_drops(ex, sent, _result_turns(ex, sent, _event_effects(ex, sent, _unit_claims(ex, sent, spans))))


def _result_turns(ex: Extractor, sent: Span, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A tagger pair whose cause is a result participle trailing its effect's clause ("The council proposed a delay
    | , offering a reprieve": cause the participle) turned around, as ``directed_split`` keeps such a split
    (``result_participles_turn_tags``, round 53)."""
    if not ex.settings.result_participles_turn_tags:
        return found
    out = []
    for claim in found:
        turned = dict(claim)
        for x, y in (("cause", "effect"), ("cause_start", "effect_start"), ("cause_end", "effect_end")):
            turned[x], turned[y] = claim[y], claim[x]
        out.append(turned if result_split(ex, sent, turned) else claim)
    return out


def _inference_drops(ex: Extractor, sent: Span, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tagger's claims without those that pair a participle of inference with its own main clause, either way
    round ("The talks were cancelled | , suggesting a deeper rift"): the participle tells what the writer reads into
    the clause, no cause or effect of it (``evidential_participles``, round 55). With the claim gone the sentence is
    read as if the tagger had no pair."""
    if not ex.settings.evidential_participles:
        return found
    return [c for c in found if not _inference_pair(ex, sent, c)]


def _inference_pair(ex: Extractor, sent: Span, claim: dict[str, Any]) -> bool:
    doc = sent.doc
    sides = [
        doc.char_span(claim[f"{side}_start"], claim[f"{side}_end"], alignment_mode="expand")
        for side in ("cause", "effect")
    ]
    if any(s is None or not len(s) for s in sides):
        return False
    for one, other in (sides, sides[::-1]):
        assert one is not None and other is not None
        top = min(one, key=lambda t: sum(1 for _ in t.ancestors))
        if evidential_participle(ex, top) and other.start <= top.head.i < other.end:
            return True
    return False


def _unit_claims(ex: Extractor, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
    if ex.settings.parse_span_bias is None or not spans.get("pieces"):
        return []
    units = parse_decoded(sent, spans["pieces"], ex.settings.parse_span_bias)
    return _tagged_claims(ex, sent, {**spans, **units}) if units else []


def _event_effects(ex: Extractor, sent: Span, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tagger's claims without those whose effect is a phrase that names no event (``tag_effect_no_deps``,
    round 50): an effect whose head hangs on the sentence as a prepositional phrase or a preposition's object ("the
    union expressed its unhappiness -> a memorandum handed", "TDP protests irregular power supply -> farm sector")
    names a participant, a place or a topic, not what happened. The tagger learned spans, not what a side may be;
    with its claim gone, the clause split (or nothing) reads the sentence."""
    deps = ex.settings.tag_effect_no_deps
    if not deps:
        return found
    return [c for c in found if _effect_head_dep(sent, c) not in deps]


def _effect_head_dep(sent: Span, claim: dict[str, Any]) -> str:
    """The dependency label of the effect's highest token (the one with the fewest heads above it)."""
    span = sent.doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    if span is None or not len(span):
        return ""
    return min(span, key=lambda t: sum(1 for _ in t.ancestors)).dep_


def _tagged_claims(ex: Extractor, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
    doc = sent.doc
    toks = []
    for role in ("cause", "effect"):
        a, b = spans[role]
        span = doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
        toks.append(trim_span(list(span)) if span is not None else [])
    cause, effect = toks
    if ex.settings.complete_tagged and cause and effect:
        cause, effect = complete_phrase(cause, effect, sent), complete_phrase(effect, cause, sent)
    if not cause or not effect or not any(t.is_alpha for t in cause) or not any(t.is_alpha for t in effect):
        return []
    for part in (cause, effect):
        if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in part):
            return []  # a fragment ("of strained"), not a phrase
        ids = {t.i for t in part}
        root = next((t for t in part if t.head.i not in ids or t.head == t), part[0])
        if ex.actor_split_filter and ex.is_actor(root):
            return []  # a person, country or organisation is an actor, not a cause or an effect
    if ex.settings.complete_tagged:
        cause, effect = _mend_the_cut(cause, effect)
        if not cause or not effect:
            return []
    cause, effect = purpose_first(cause, effect, sent)
    inside = {t.i for t in cause} | {t.i for t in effect}
    verbs = [t for t in sent if t.pos_ == "VERB" and t.i not in inside and t.lemma_ in ex.lex.verbs]
    polarity = str(ex.lex.verbs[verbs[0].lemma_].get("polarity", "+")) if verbs else "+"
    signal = verbs[:1] or [min(cause[-1], effect[-1], key=lambda t: t.i)]
    found: list[dict[str, Any]] = []
    ex.claim(found, sent, cause, effect, signal, polarity, verbs[0] if verbs else None, split=False)
    for claim in found:
        claim["signal"] = "tagger" + (": " + claim["signal"] if verbs else "")
        claim["tagged"] = True
    return found


_CONTENT = {"NOUN", "PROPN", "VERB"}
_TOP = 40  # candidates per role kept for the pair search


def unit_edges(sent: Span) -> tuple[Callable[[Token], set[int]], Callable[[Token], set[int]]]:
    """Where a head's syntactic units inside ``sent`` may start and end: for a token, the token indices its
    contiguous runs of left dependents' subtrees may start at (itself included) and the end indices (exclusive)
    its runs of right dependents' subtrees may end at; dependents reaching outside the span are left out.
    Memoised per call, as every head shares its dependents' sets."""
    lo, hi = sent.start, sent.end
    starts_of: dict[int, set[int]] = {}
    ends_of: dict[int, set[int]] = {}

    def starts_at(tok: Token) -> set[int]:
        if tok.i not in starts_of:
            starts_of[tok.i] = {tok.i}
            for c in tok.lefts:
                if lo <= c.left_edge.i:
                    starts_of[tok.i] |= starts_at(c)
        return starts_of[tok.i]

    def ends_at(tok: Token) -> set[int]:
        if tok.i not in ends_of:
            ends_of[tok.i] = {tok.i + 1}
            for c in tok.rights:
                if c.right_edge.i < hi:
                    ends_of[tok.i] |= ends_at(c)
        return ends_of[tok.i]

    return starts_at, ends_at


def phrase_candidates(sent: Span) -> list[tuple[int, int]]:
    """The sentence's syntactic units as token ranges (start, end) into the doc: every head with a contiguous
    run of its dependents' subtrees around it - from its whole subtree (a clause, a noun phrase) down to the
    head alone, dropping dependents from the outside in (a clause without its fronted adverbial or its trailing
    reason, a verb phrase without its subject, a clause without its subordinator). Punctuation at either edge
    is left out; a range with no noun, proper noun or verb is no candidate."""
    lo, hi = sent.start, sent.end
    out: set[tuple[int, int]] = set()
    starts_at, ends_at = unit_edges(sent)
    tokens = list(sent)  # one Token per token, not one per range edge read below
    # punctuation or space, per token of the sentence: every range lies inside it (``starts_at`` keeps starts from
    # ``lo``, ``ends_at`` ends up to ``hi``), so its edges are read here
    edge = [t.is_punct or t.is_space for t in tokens]
    for tok, skip in zip(tokens, edge, strict=True):
        if skip:
            continue
        starts, ends = starts_at(tok), ends_at(tok)
        for start in starts:
            for end in ends:
                a, b = start, end
                while a < b and edge[a - lo]:
                    a += 1
                while b > a and edge[b - 1 - lo]:
                    b -= 1
                if a < b and lo <= a and b <= hi:
                    out.add((a, b))
    content = [0]  # content words before each token of the sentence
    for tok in tokens:
        content.append(content[-1] + (tok.pos_ in _CONTENT))
    return sorted((a, b) for a, b in out if content[b - lo] > content[a - lo])


def parse_decoded(sent: Span, pieces: list[tuple[int, int, float, float]], bias: float = 0.0) -> dict[str, Any] | None:
    """The tagger's cause and effect chosen among the sentence's syntactic units (``phrase_candidates``)
    instead of free runs of word pieces: each candidate scores, per role, the sum over its pieces of the
    tagger's log-odds for that role (``causal_spans.piece_scores``) plus ``bias`` per piece (above 0 longer
    units win, below 0 shorter), and the pair is the best-scoring cause and effect that do not overlap.
    Character ranges into ``sent.text`` like ``causal_spans.decode``'s; None when no pair has both sides
    above zero."""
    toks = [t for t in sent]
    if not toks or not pieces:
        return None
    base = sent.start_char
    starts = [t.idx - base for t in toks]
    n = len(toks)
    cause = [0.0] * (n + 1)
    effect = [0.0] * (n + 1)
    for a, _, as_cause, as_effect in pieces:
        k = bisect_right(starts, a) - 1
        if 0 <= k < n:
            cause[k + 1] += as_cause + bias
            effect[k + 1] += as_effect + bias
    for k in range(n):  # prefix sums
        cause[k + 1] += cause[k]
        effect[k + 1] += effect[k]
    cands = [(a - sent.start, b - sent.start) for a, b in phrase_candidates(sent)]
    by_cause = sorted(cands, key=lambda s: cause[s[1]] - cause[s[0]], reverse=True)[:_TOP]
    by_effect = sorted(cands, key=lambda s: effect[s[1]] - effect[s[0]], reverse=True)[:_TOP]
    best: tuple[float, tuple[int, int], tuple[int, int]] | None = None
    for c in by_cause:
        sc = cause[c[1]] - cause[c[0]]
        if sc <= 0 or (best is not None and sc + effect[by_effect[0][1]] - effect[by_effect[0][0]] <= best[0]):
            break
        for e in by_effect:
            se = effect[e[1]] - effect[e[0]]
            if se <= 0 or (best is not None and sc + se <= best[0]):
                break
            if c[1] <= e[0] or e[1] <= c[0]:
                best = (sc + se, c, e)
                break  # the best effect for this cause; later ones score less
    if best is None:
        return None
    _, cause_span, effect_span = best

    def chars(span: tuple[int, int]) -> tuple[int, int]:
        last = toks[span[1] - 1]
        return (toks[span[0]].idx - base, last.idx + len(last) - base)

    return {"cause": chars(cause_span), "effect": chars(effect_span)}


def directed_split(
    ex: Extractor, sent: Span, claim: dict[str, Any], roles: list[tuple[int, int, float]], below: float
) -> dict[str, Any]:
    """An implicit clause split checked against the tagger's reading of who causes whom. The clause
    structure says where to cut, not always which side causes the other: a trailing participle is the main
    clause's result ("..., sending prices up") or its motive ("Workers staged a sit-in, demanding higher
    pay"), and an actor's protest or demand has its reason in its object ("The unions are protesting rising
    prices"). Where the tagger's role vote (``causal_spans.role_vote``, piece ranges of ``sent.text``) is
    below ``below``, a participle split turns around, and a subject -> predicate split is cut again after
    the verb: its object is the cause, the subject with its verb the effect (not after a copula, a reporting
    verb or a verb followed by a clause of its own). Other splits (a "when"/"if" clause, coordinated
    clauses, a prepositional cause) keep their direction."""
    a = sent.start_char
    vote = role_vote(
        roles,
        (claim["cause_start"] - a, claim["cause_end"] - a),
        (claim["effect_start"] - a, claim["effect_end"] - a),
    )
    if vote is None or not vote < below:
        return claim
    doc = sent.doc
    cause = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    effect = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    if cause is None or effect is None or cause.end > effect.start:
        return claim  # only a split whose cause comes first: the main clause before its participle or verb
    if effect.root.tag_ == "VBG" and effect.root.dep_ == "advcl":
        if ex.settings.result_participles_keep and tells_result(ex, effect.root):
            return claim  # "X proposed an extension | , offering a reprieve": the participle is what X brought about
        turned = dict(claim)
        for x, y in (("cause", "effect"), ("cause_start", "effect_start"), ("cause_end", "effect_end")):
            turned[x], turned[y] = claim[y], claim[x]
        return _trim_turned_effect(ex, sent, turned) if ex.settings.turned_effect_trims else turned
    verb = next((t for t in effect if t.dep_ not in ("aux", "auxpass", "neg")), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return claim
    if not any(c.dep_ in ("nsubj", "nsubjpass") and cause.start <= c.i < cause.end for c in verb.children):
        return claim
    end = verb.i + 1
    while end < effect.end and doc[end].dep_ == "prt":
        end += 1
    if verb.pos_ == "AUX" or any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children):
        # a copula or linking verb states ("is a headache", "remain sensitive"); only a purpose given as its
        # complement ("This was to ensure X") names a reason: the purpose clause, "to" and all
        purpose = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and any(g.lower_ == "to" for g in c.children)
        ]
        if verb.lemma_ != "be" or not purpose:
            return claim
        end = purpose[0].left_edge.i
    else:
        after = next((c for c in verb.rights if c.i >= end and not c.is_punct), None)
        if after is None or after.dep_ not in _REASON_DEPS:
            return claim  # "was killed [while two others were injured]": a clause of its own, not a reason
        act = performed_act(after, ex.lex.contention_words) if ex.settings.split_keeps_performed_acts else None
        if act is not None:
            # the object is the act the subject performs ("staged | a protest", "went | on strike"), no reason of
            # it: the effect keeps it, and only what follows the act can be the reason (round 45)
            end = act.i + 1
            if end >= effect.end:
                return claim
    reason = trim_span(list(doc[end : effect.end]))
    if verb.lemma_ in ex.lex.reporting_verbs or any(c.dep_ == "ccomp" and c.i >= end for c in verb.children):
        return claim  # what is said or learned ("Cosatu has learned that X") is content, not a reason
    if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in reason):
        return claim  # nothing after the verb can be the reason
    found: list[dict[str, Any]] = []
    ex.claim(found, sent, reason, trim_span(list(doc[cause.start : end])), [verb], "+", verb, split=False)
    if not found:
        return claim
    found[0]["implicit"] = True
    return found[0]


def result_split(ex: Extractor, sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a clause split is main clause -> a trailing participle that tells a result (``tells_result``): the
    split ``directed_split`` keeps as it is under ``result_participles_keep`` (round 53)."""
    doc = sent.doc
    cause = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    effect = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    if cause is None or effect is None or cause.end > effect.start:
        return False
    return effect.root.tag_ == "VBG" and effect.root.dep_ == "advcl" and tells_result(ex, effect.root)


def _trim_turned_effect(ex: Extractor, sent: Span, claim: dict[str, Any]) -> dict[str, Any]:
    """A turned participle split's effect, the main clause that was its cause, trimmed as every effect is
    (``Extractor.claim``: ``trim_fronted``, ``trim_fronted_parse``): "In response , X made an appeal | , calling for
    Y" -> "X made an appeal". A cause keeps its fronted adverbial, so the turned side had it still (round 51)."""
    doc = sent.doc
    span = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    if span is None:
        return claim
    tokens = list(span)
    if ex.settings.trim_fronted:
        tokens = after_fronted(tokens)
    if ex.settings.trim_fronted_parse:
        tokens = after_fronted_parse(tokens)
    if not tokens or tokens[0].i == span.start:
        return claim
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return claim | {"effect": doc_text(doc)[start:end], "effect_start": start, "effect_end": end}


def performed_act(after: Token, acts: set[str]) -> Token | None:
    """The act a verb's subject performs when the verb's first phrase after it names one (``acts``, lower-cased
    lemmas): its direct object ("staged a protest", "launched an indefinite hunger strike") or the object of its
    first preposition ("went on strike", "sat on a dharna"); None otherwise."""
    noun = after
    if after.dep_ == "prep":
        noun = next((c for c in after.children if c.dep_ == "pobj"), after)
    if noun.dep_ not in ("dobj", "obj", "pobj") or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun if noun.lemma_.lower() in acts or noun.lower_ in acts else None


def complete_phrase(tokens: list[Token], other: list[Token], sent: Span) -> list[Token]:
    """A tagged span that stops inside a phrase is finished to the phrase's end: the tagger labels word
    pieces, so a span may end on a modifier ("to pass the Finance [Bill]") or an auxiliary ("residents were
    [struggling]"). The span's last token pulls in its head when that head follows within a few tokens,
    then the rest of that head's phrase to the right (at most ``_TAIL`` tokens); it never runs into the
    other span or past the sentence."""
    doc = sent.doc
    blocked = {t.i for t in other}
    end = tokens[-1].i
    for _ in range(3):
        head = doc[end].head
        if not 0 < head.i - end <= 3 or any(j in blocked for j in range(end + 1, head.i + 1)):
            break
        end = head.i
    edge = doc[end].right_edge.i
    if 0 < edge - end <= _TAIL and edge < sent.end and not any(j in blocked for j in range(end + 1, edge + 1)):
        end = edge
    start = tokens[0].i
    # a modifier just before the span whose head is inside it ("[the] job", "[Russian] sanctions") belongs to it
    while start - 1 >= sent.start and start - 1 not in blocked:
        before = doc[start - 1]
        if before.dep_ not in _MODIFIERS or not start <= before.head.i <= end:
            break
        start -= 1
    # and a span does not end on a word that needs what follows ("arrested [for]", "walked off [the]")
    while end > start and doc[end].pos_ in _DANGLING:
        end -= 1
    if (start, end) == (tokens[0].i, tokens[-1].i):
        return tokens
    return trim_span([doc[j] for j in range(start, end + 1)])


def _mend_the_cut(cause: list[Token], effect: list[Token]) -> tuple[list[Token], list[Token]]:
    """Where the cause and effect meet inside one phrase, the cut moves to the phrase's edge: a particle,
    compound, determiner or number at the edge of one span whose head is in the other goes over to its head
    ("...Poland successfully shot [down] | Russian drones", "proposed a | [one]-year extension")."""
    first, second = (cause, effect) if cause[0].i < effect[0].i else (effect, cause)
    doc = first[0].doc
    gap = [doc[j] for j in range(first[-1].i + 1, second[0].i)]
    if any(not t.is_punct for t in gap):
        return cause, effect  # not adjacent: nothing is cut
    first, second = list(first), list(second)
    if not first[-1].whitespace_ and all(not t.whitespace_ for t in gap):
        # one written word cut in two ("de | -escalation"): it goes whole to the side of its head
        word, lead = _trailing_word(first), _leading_word(second)
        ids = {t.i for t in word} | {t.i for t in gap} | {t.i for t in lead}
        head = next((t for t in [*word, *gap, *lead] if t.head.i not in ids), lead[-1])
        if head.i >= second[0].i:
            second = [t for t in first if t.i in ids] + gap + second
            first = [t for t in first if t.i not in ids]
        else:
            first = first + gap + [t for t in second if t.i in ids]
            second = [t for t in second if t.i not in ids]
        if not first or not second:
            return [], []
    first_ids = {t.i for t in first}
    while second[0].dep_ in _PHRASE_INTERNAL and second[0].head.i in first_ids:
        word = _leading_word(second)  # a written word moves whole ("long-range"), or not at all
        if len(word) == len(second):
            break
        first, second = first + word, second[len(word) :]
    second_ids = {t.i for t in second}
    while first[-1].dep_ in _PHRASE_INTERNAL and first[-1].head.i in second_ids:
        word = _trailing_word(first)
        if len(word) == len(first):
            break
        first, second = first[: -len(word)], word + second
    first, second = trim_span(first), trim_span(second)
    return (first, second) if cause[0].i < effect[0].i else (second, first)


def _leading_word(tokens: list[Token]) -> list[Token]:
    """The tokens of the first written word (up to the first whitespace)."""
    out = []
    for t in tokens:
        out.append(t)
        if t.whitespace_:
            break
    return out


def _trailing_word(tokens: list[Token]) -> list[Token]:
    """The tokens of the last written word (after the last whitespace)."""
    out = [tokens[-1]]
    while len(out) < len(tokens) and not tokens[-len(out) - 1].whitespace_:
        out.insert(0, tokens[-len(out) - 1])
    return out


def _purpose_verb(tokens: list[Token]) -> Token | None:
    """The verb of a purpose clause the span opens with ("to protest the fare hike": an infinitive adjunct of
    a verb), or None."""
    first = tokens[0]
    verb = first.head
    if first.lower_ != "to" or first.dep_ != "aux" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return verb if verb.i > verb.head.i else None


def purpose_first(cause: list[Token], effect: list[Token], sent: Span) -> tuple[list[Token], list[Token]]:
    """A purpose clause and the clause it serves, the way the Causal News Corpus pairs them: the purpose ("to
    protest the fare hike") is the cause, the clause whose verb it hangs from ("Workers staged a sit-in") the
    effect (CNC train: 299 causes open with "to", 25 effects). A tagged effect that is such a purpose clause,
    with the verb it serves in the cause, turns around; a tagged purpose cause whose effect does not hold the
    verb it serves gets that verb's clause (from its subject to the purpose clause) as effect."""
    doc = sent.doc
    verb = _purpose_verb(effect)
    if verb is not None and any(t.i == verb.head.i for t in cause):
        return effect, cause
    verb = _purpose_verb(cause)
    if verb is None or any(t.i == verb.head.i for t in effect):
        return cause, effect
    served = verb.head
    subj = next((c for c in served.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < served.i), None)
    start = subj.left_edge.i if subj is not None else served.i
    clause = trim_span([doc[j] for j in range(start, verb.left_edge.i)])
    if not clause or clause[0].i < sent.start or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in clause):
        return cause, effect
    return cause, clause
