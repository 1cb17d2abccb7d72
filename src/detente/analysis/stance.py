"""Target-dependent stance: how a document (or a source) leans toward each actor, in [-1, 1], with evidence.

Why target-dependent: a single article is often warm toward one state and hostile to another ("Russia's
aggression against Ukraine"), so document sentiment is useless; what counts is language attached to each
actor's mentions. Three kinds of evidence are combined per sentence:

(a) events from the store where the actor (country level) is source or target (not domestic events, two
    actors of one country: they say nothing of how the text leans toward that country): Goldstein / 10
    weighted by the actor's role: a conflictual act it carries out ("Russia's annexation") counts fully against it,
    being the target of one (sanctions, strikes) counts nothing (victim or culprit: the event cannot say),
    cooperation counts a little either way; an event of recalled history (``background``) counts half;
(b) a small lexicon (``data/framing/stance.yml``) applied to words syntactically attached to the mention:
    its modifiers, the noun it possesses ("Russia's aggression", "its soldiers' resilience"), the verb it is
    subject of and that verb's complements, and the heads above it. Harm words count only against their
    agent, never against their patient; judgement words ("condemned", "vindicated") count for or against
    their patient only; a good quality that a loss verb takes away ("could shatter US credibility") judges its
    holder neither way;
(c) framing narratives in the sentence (Kremlin markers -> pro-RUS, anti-UKR; Western hawkish -> anti-RUS).

A document's score is S / (A + shrink), S the sum of its sentence contributions and A the sum of their
absolute values: the net share of the evidence leaning one way. A clearly critical article lands clearly
below zero whatever its length (a mean over sentences drowned it in neutral or mixed sentences), a
balanced one near zero, and shrink keeps a single remark from giving a confident stance. Scores inside
the lexicon's ``neutral_band`` are labelled neutral. Each result carries its top 3 driving sentences.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.analysis.claims import load_cues, restatement_groups, statement
from detente.analysis.concepts import load_lexicon as load_concepts
from detente.analysis.relations_index import counted_event_of
from detente.nlp.codebook import Codebook
from detente.nlp.events.lexicon import DEFAULT_PATTERNS, TriggerLexicon
from detente.nlp.syntax import is_root
from detente.paths import data_file
from detente.reference.actors import country_of, is_domestic

STANCE_FILE = data_file("framing", "stance.yml")

_AGENT_DEPS = {"nsubj", "poss", "compound", "amod", "agent", "nmod"}
_PATIENT_DEPS = {"dobj", "pobj", "nsubjpass", "dative", "iobj"}
_QUALIFIER_DEPS = {"amod", "acomp", "attr", "dobj", "advmod", "npadvmod", "oprd"}
Contributions = dict[tuple[str, str], dict[int, list[tuple[float, str, str]]]]
# one piece of evidence before restatements are folded: (doc, actor, sentence, value, reason, kind, what it
# says: the counted event, or the word / marker and its reading)
_Item = tuple[str, str, int, float, str, str, tuple[Any, ...]]


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> dict[str, Any]:
    """The stance lexicon (``stance.yml``), cached."""
    with open(Path(path) if path else STANCE_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


class _Scorer:
    """Lexicon look-ups over a parsed sentence."""

    def __init__(self, lexicon: dict[str, Any]) -> None:
        ev = lexicon.get("evaluative", {})
        self.evaluative: dict[str, float] = {**ev.get("positive", {}), **ev.get("negative", {})}
        self.harm: dict[str, float] = dict(lexicon.get("harm", {}))
        self.judgement: dict[str, float] = dict(lexicon.get("judgement", {}))
        self.negators = set(lexicon.get("negators", []))
        self.loss_verbs = {str(w).lower() for w in lexicon.get("loss_verbs", [])}

    def _negated(self, tok: Token) -> bool:
        if any(c.dep_ == "neg" or c.lower_ in self.negators for c in tok.children):
            return True
        if tok.dep_ in ("amod", "dobj", "acomp", "attr", "pobj") and any(c.dep_ == "neg" for c in tok.head.children):
            return True
        return any(t.lower_ in self.negators for t in tok.doc[max(tok.i - 2, 0) : tok.i])

    def _lost(self, tok: Token) -> bool:
        """Whether an evaluative word is what a verb of ``loss_verbs`` takes away ("could shatter US credibility",
        "Ukraine's sovereignty was undermined"): the quality is harmed, not ascribed, and like the patient of a harm
        word its holder is judged neither way."""
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in self.loss_verbs

    def value(self, tok: Token, role: str) -> tuple[float, str] | None:
        """(weight, word) of a token seen from an actor in ``role`` (agent, patient, attr), or None."""
        lemma, lower = tok.lemma_.lower(), tok.lower_
        weight = None
        if lemma in self.judgement or lower in self.judgement:
            if role != "patient":  # the judge is not judged: "Washington condemned Moscow"
                return None
            weight = self.judgement.get(lemma, self.judgement.get(lower))
        elif lemma in self.harm or lower in self.harm:
            if role == "patient":
                return None
            weight = self.harm.get(lemma, self.harm.get(lower))
        elif lemma in self.evaluative or lower in self.evaluative:
            if self._lost(tok):
                return None
            weight = self.evaluative.get(lemma, self.evaluative.get(lower))
        if weight is None:
            return None
        if self._negated(tok):
            weight = -weight
        return float(weight), tok.text


def _attached(root: Token) -> list[tuple[Token, str]]:
    """Tokens syntactically tied to an actor mention, with the actor's role toward them."""
    out: list[tuple[Token, str]] = []
    for child in root.children:  # modifiers of the mention itself: "resilient Russia", "Russia, a threat"
        if child.dep_ in ("amod", "appos", "acl", "relcl", "compound"):
            out.extend((t, "attr") for t in list(child.subtree)[:6])
    role = "agent" if root.dep_ in _AGENT_DEPS else "patient" if root.dep_ in _PATIENT_DEPS else "other"
    tok, steps = root, 0
    while not is_root(tok) and steps < 3:
        head = tok.head
        if tok.dep_ in ("conj", "appos"):  # a sibling in a list says nothing about this actor
            tok, steps = head, steps + 1
            continue
        out.append((head, role))
        # the head's own qualifiers ("Russia's most significant achievement") and, on a noun, the compounds that
        # name what it is ("Russian phishing campaigns", "partnership deals with China"); never the token the walk
        # came up from (the mention, or a noun whose own modifiers were read as the head of the step before)
        compound_ok = head.pos_ in ("NOUN", "PROPN")
        for child in head.children:
            if child.i == tok.i:
                continue
            if child.dep_ in _QUALIFIER_DEPS or (compound_ok and child.dep_ == "compound"):
                out.append((child, role))
                out.extend((g, role) for g in child.children if g.dep_ in ("amod", "compound"))
        if head.pos_ in ("VERB", "AUX") and steps >= 1:
            break
        if tok.dep_ in _PATIENT_DEPS and steps >= 1:
            break
        tok, steps = head, steps + 1
    return out


# how a place stands as the modifier of a named thing: "the Geneva talks", "the Jeddah peace deal", "the Budapest
# Memorandum"; the chain it may climb (a conjunct: "the Minsk and Sochi agreements")
_MODIFIER_DEPS = {"compound", "amod", "nmod", "conj"}
_HYPHENS = {"-", "\u2013", "\u2014"}


@lru_cache(maxsize=4)
def _thing_nouns(
    party_nouns: frozenset[str] = frozenset(), frame_nouns: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Nouns of a thing a place may name without being a party to it: documents and agreements
    (``event_patterns.yml`` ``document_nouns``, ``standing`` nouns; ``concepts.yml`` ``document_nouns``), occasions
    (``occasion_nouns``) and the margins of one (``venue_nouns``), and the negotiating frames of ``frame_nouns``
    (``stance.yml``: "the Normandy format", "the Minsk process"), less ``party_nouns`` (``stance.yml``: relations,
    whose modifiers are the parties). The existing lists, so that a word added there for the event coder counts
    here too."""
    lex = TriggerLexicon.from_yaml(DEFAULT_PATTERNS)
    nouns = lex.document_nouns | lex.standing_nouns | lex.occasion_nouns | lex.venue_nouns
    return frozenset(w.lower() for w in nouns | load_concepts().document_nouns | frame_nouns) - party_nouns


def lexicon_thing_nouns(lexicon: dict[str, Any]) -> frozenset[str]:
    """``_thing_nouns`` with the stance lexicon's ``party_nouns`` and ``frame_nouns``."""
    return _thing_nouns(
        frozenset(str(w).lower() for w in lexicon.get("party_nouns", [])),
        frozenset(str(w).lower() for w in lexicon.get("frame_nouns", [])),
    )


@lru_cache(maxsize=1)
def _codebook() -> Codebook:
    return Codebook.load()


def _is_place(text: str, how: str | None) -> bool:
    """Whether a mention names a place (a capital, a city, a region) rather than a state or its people: the
    mention's ``how`` ("capital") or its codebook entry's kind ("place")."""
    if how == "capital":
        return True
    found = _codebook().resolve(text.strip())
    return found is not None and (found[1] == "capital" or found[0].kind == "place")


def names_a_thing(mention: Span, named: Collection[int] = (), nouns: frozenset[str] | None = None) -> bool:
    """Whether ``mention`` (a place) only names a document, agreement or meeting ("the Geneva talks", "the
    Jeddah peace deal", "the Budapest Memorandum", "the Budapest summit cancellation"): its head a compound or
    adjectival modifier, through at most three modifier steps, of one of ``_thing_nouns`` or beside one in the
    same run of compounds. Such a place is where the thing was held or signed, not an actor the sentence takes
    a stance toward. A place joined by a hyphen to another actor's name (``named``: the token indices of the
    sentence's other mentions) stays: in "the Moscow-Beijing partnership" the capitals stand for the two parties.
    The caller checks that the mention is a place; an evaluative head ("Russian aggression") is no such noun, and
    a country or a people is never skipped."""
    if nouns is None:
        nouns = lexicon_thing_nouns(load_lexicon())
    doc, root = mention.doc, mention.root
    for hyphen, partner in ((mention.start - 1, mention.start - 2), (mention.end, mention.end + 1)):
        if 0 <= hyphen < len(doc) and doc[hyphen].text in _HYPHENS and partner in named:
            return False
    after = doc[mention.end] if mention.end < len(doc) else None
    if (  # "the Budapest Summit Cancellation": the place and the summit both compounds of a third noun
        after is not None
        and after.dep_ == "compound"
        and after.head.i == root.head.i
        and root.dep_ == "compound"
        and (after.lemma_.lower() in nouns or after.lower_ in nouns)
    ):
        return True
    tok = root
    for _ in range(3):
        if tok.dep_ not in _MODIFIER_DEPS or is_root(tok):
            return False
        head = tok.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.dep_ == "conj":  # on to the first conjunct's own place: "the talks and Kyiv" names no talks' place
            tok = head
            continue
        if head.lemma_.lower() in nouns or head.lower_ in nouns:
            return True
        tok = head
    return False


def _mention_span(sent_doc: Doc, start: int, end: int) -> Span | None:
    span = sent_doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _locate(text: str, mention: str, guess: int) -> int | None:
    """Offset of ``mention`` in a (cleaned) sentence, nearest to the raw-offset guess."""
    if 0 <= guess <= len(text) - len(mention) and text[guess : guess + len(mention)] == mention:
        return guess
    hits, pos = [], text.find(mention)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(mention, pos + 1)
    return min(hits, key=lambda p: abs(p - guess)) if hits else None


def label(score: float, band: float = 0.15) -> str:
    """negative | neutral | positive: ``|score| < band`` is neutral."""
    return "neutral" if abs(score) < band else ("positive" if score > 0 else "negative")


_PARSES: OrderedDict[tuple[int, str], Doc] = OrderedDict()
_PARSE_CACHE_SIZE = 20000


def _parse_cached(nlp: Language, texts: list[str]) -> list[Doc]:
    """Parse sentences once per process: stance is asked again and again over the same store (compare,
    the sources overview, the API), and re-parsing is its only slow part. Bounded LRU keyed by pipeline
    and sentence text."""
    out: list[Doc | None] = []
    todo: list[int] = []
    for i, text in enumerate(texts):
        hit = _PARSES.get((id(nlp), text))
        if hit is not None:
            _PARSES.move_to_end((id(nlp), text))
        else:
            todo.append(i)
        out.append(hit)
    for i, doc in zip(todo, nlp.pipe((texts[i] for i in todo), batch_size=64), strict=True):
        out[i] = doc
        _PARSES[(id(nlp), texts[i])] = doc
        if len(_PARSES) > _PARSE_CACHE_SIZE:
            _PARSES.popitem(last=False)
    return [d for d in out if d is not None]


def parse_cache_size() -> int:
    return len(_PARSES)


def clear_parse_cache() -> None:
    _PARSES.clear()


def _parser(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from detente.nlp.model import cached_model

    return cached_model()


def stance(
    con: duckdb.DuckDBPyConnection,
    doc_id: str | None = None,
    actors: Iterable[str] | None = None,
    nlp: Language | None = None,
    lexicon_path: str | None = None,
) -> list[dict[str, Any]]:
    """Stance per (document, actor). ``actors`` are country-level codes (default: every actor mentioned).

    Each result: ``{doc_id, source, actor, score, label, sentences, evidence: {events, lexicon, framing},
    top}``
    where ``top`` holds the 3 sentences with the largest absolute contribution, each with its offsets,
    text, contribution and the reasons (words, events, narratives) behind it.
    """
    lex = load_lexicon(lexicon_path)
    weights = lex.get("weights", {})
    wanted = {a.upper() for a in actors} if actors else None
    where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id else ("", [])
    sentences = {
        (d, i): {"start": s, "end": e, "text": t, "clean_start": cs}
        for d, i, s, e, t, cs in con.execute(
            f'SELECT doc_id, idx, start, "end", text, clean_start FROM sentences {where}', params
        ).fetchall()
    }
    sources = dict(con.execute("SELECT id, source FROM documents").fetchall())
    # contributions[(doc, actor)][sentence_idx] -> list of (value, reason, kind), filled by _fold from raw items
    contrib: Contributions = defaultdict(lambda: defaultdict(list))
    raw: list[_Item] = []

    def keep(actor: str) -> bool:
        return bool(actor) and (wanted is None or actor in wanted)

    # (a) events, weighted by the actor's role; a symmetric pair (A->B and B->A, same trigger) counts once
    # per actor, as its source
    roles: dict[tuple[str, int, str, str], tuple[float, str, str]] = {}
    violent = {str(r) for r in lex.get("violent_roots", [])}
    event_background = float(weights.get("event_background", 1.0))
    counted = counted_event_of(con, doc_id)  # a document's mentions of one event (dedup1's key) -> one id
    for eid, d, idx, src, tgt, gold, neg, hyp, trig, cameo, bg in con.execute(
        "SELECT event_id, doc_id, sentence_idx, source, target, goldstein, negated, hypothetical, trigger, cameo, "
        "background "
        "FROM events "
        f"{where or 'WHERE doc_id IS NOT NULL'} AND goldstein IS NOT NULL AND sentence_idx IS NOT NULL "
        "ORDER BY doc_id, sentence_idx, event_id",
        params,
    ).fetchall():
        if neg or is_domestic(src, tgt):
            continue  # a domestic event (KENOPP -> KENGOV) says nothing of how the text leans toward KEN
        base = float(gold) / 10.0 * (float(weights.get("hypothetical", 0.5)) if hyp else 1.0)
        if bg:  # recalled history ("formally recognizing it in 1933"): what was done then, not what the text says now
            base *= event_background
        kind = "conflict" if base < 0 else "cooperation"
        src_c, tgt_c = country_of(src), country_of(tgt)
        for code, role in ((src_c, "source"), (tgt_c, "target")):
            if not keep(code) or (role == "target" and code == src_c):
                continue
            key = (d, idx, code, str(trig or "").lower())
            how = "violent" if role == "source" and kind == "conflict" and (cameo or "")[:2] in violent else kind
            value = base * float(weights.get(f"event_{role}_{how}", 0.0))
            why = f"event {src}->{tgt} '{trig}' goldstein {gold} ({role})"
            if key not in roles or (role == "source" and not roles[key][1].endswith("(source)")):
                roles[key] = (value, why, counted.get(eid, eid))
    for (d, idx, code, _), (value, why, event) in roles.items():
        if value:
            raw.append((d, code, idx, value, why, "events", ("event", event)))

    # (b) lexicon around mentions
    mentions = con.execute(
        f'SELECT doc_id, sentence_idx, start, "end", text, actor_code, how FROM mentions {where} '
        "ORDER BY doc_id, start",
        params,
    ).fetchall()
    by_sentence: dict[tuple[str, int], list[tuple[int, int, str, str, bool]]] = defaultdict(list)
    for d, idx, s, e, text, code, how in mentions:
        if idx is None or (d, idx) not in sentences:
            continue
        by_sentence[(d, idx)].append((s, e, text or "", country_of(code), bool(text) and _is_place(text, how)))
    # mentions that only name a document or a meeting by its place ("the Geneva talks"): no actor of the text,
    # neither for the lexicon nor as a name that lets the framing narratives reach the actor (session 19, stance1)
    venues: set[tuple[str, int, int]] = set()
    thing_nouns = lexicon_thing_nouns(lex)
    if by_sentence:
        scorer = _Scorer(lex)
        keys = sorted(by_sentence)
        parsed = _parse_cached(_parser(nlp), [sentences[k]["text"] for k in keys])
        for sent_key, sent_doc in zip(keys, parsed, strict=True):
            sent = sentences[sent_key]
            seen: set[tuple[str, int]] = set()
            spans: dict[int, Span] = {}  # mention start -> its tokens
            for s, _e, text, _code, _place in by_sentence[sent_key]:
                pos = _locate(sent["text"], text, s - sent["start"]) if text else None
                span = _mention_span(sent_doc, pos, pos + len(text)) if pos is not None else None
                if span is not None:
                    spans[s] = span
            for s, _e, text, code, place in by_sentence[sent_key]:
                span = spans.get(s)
                if span is None or not (place or keep(code)):
                    continue
                if place:
                    named = {i for o, other in spans.items() if o != s for i in range(other.start, other.end)}
                    if names_a_thing(span, named, thing_nouns):
                        venues.add((sent_key[0], sent_key[1], s))
                        continue
                if not keep(code):
                    continue
                root = span.root
                for tok, role in _attached(root):
                    if (code, tok.i) in seen:
                        continue
                    hit = scorer.value(tok, role)
                    if hit is not None:
                        seen.add((code, tok.i))
                        value = hit[0] * float(weights.get("lexicon", 1.0))
                        why = f"'{hit[1]}' ({role} of {text})"
                        word: tuple[Any, ...] = ("lexicon", tok.lemma_.lower(), role, round(value, 6))
                        raw.append((sent_key[0], code, sent_key[1], value, why, "lexicon", word))

    # (c) framing narratives
    effects: dict[str, dict[str, float]] = lex.get("narrative_effects", {})
    mentioned: dict[str, set[str]] = defaultdict(set)
    for d, idx, s, _e, _text, code, _how in mentions:
        if (d, idx, s) not in venues:
            mentioned[d].add(country_of(code))
    for d, idx, phrase, narrative in con.execute(
        f"SELECT doc_id, sentence_idx, phrase, narrative FROM framing_hits {where}", params
    ).fetchall():
        if idx is None or not narrative:
            continue
        for code, eff in (effects.get(narrative) or {}).items():
            if keep(code) and code in mentioned[d]:  # no stance toward an actor the text never names
                value = float(eff) * float(weights.get("framing", 1.0))
                marker: tuple[Any, ...] = ("framing", narrative, " ".join(str(phrase or "").lower().split()))
                raw.append((d, code, idx, value, f"{narrative} marker '{phrase}'", "framing", marker))
    also_in = _fold(raw, sentences, contrib)

    shrink = float(weights.get("shrink", 1.5))
    band = float(lex.get("neutral_band", 0.15))
    results = []
    for (d, code), per_sentence in sorted(contrib.items()):
        rows: list[dict[str, Any]] = []
        kinds: dict[str, float] = defaultdict(float)
        for idx, items in per_sentence.items():
            value = max(-1.0, min(1.0, sum(v for v, _, _ in items)))
            for v, _, kind in items:
                kinds[kind] += v
            sent = sentences.get((d, idx), {})
            rows.append(
                {
                    "sentence_idx": idx,
                    "start": sent.get("start"),
                    "end": sent.get("end"),
                    "text": sent.get("text"),
                    "contribution": round(value, 3),
                    "reasons": [r for _, r, _ in items],
                    # the sentences restating this one's evidence, counted here once (provenance)
                    "also_in": [
                        {k: sentences.get((d, j), {}).get(k) for k in ("start", "end")} | {"sentence_idx": j}
                        for j in sorted(also_in.get((d, code, idx), ()))
                    ],
                }
            )
        total = sum(r["contribution"] for r in rows)
        mass = sum(abs(r["contribution"]) for r in rows)
        score = max(-1.0, min(1.0, total / (mass + shrink)))
        rows.sort(key=lambda r: (-abs(r["contribution"]), r["sentence_idx"]))
        results.append(
            {
                "doc_id": d,
                "source": sources.get(d),
                "actor": code,
                "score": round(score, 3),
                "label": label(score, band),
                "sentences": len(rows),
                "evidence": {k: round(v, 3) for k, v in kinds.items()},
                "top": rows[:3],
            }
        )
    return results


def _fold(
    raw: list[_Item], sentences: dict[tuple[str, int], dict[str, Any]], contrib: Contributions
) -> dict[tuple[str, str, int], set[int]]:
    """Put the evidence items into ``contrib``, a document's restated evidence once (docs/sources.md, "One
    statement per statement and document"): one counted event (``relations_index.counted_event_of``: the
    headline's and the lead's sanctions) in its first sentence only, and the same word or marker read the same
    way toward the same actor in sentences that restate one another (``claims.restatement_groups``: "Russia's
    brutal aggression continues" / "Russia's brutal aggression continued on Monday, officials said") in the
    first of them only. Repeats within one sentence, and the same word in sentences that say different things,
    still add up: repetition in the author's own words is emphasis, not a restatement. Returns (doc, actor,
    sentence) -> the later sentences whose evidence it counts."""
    cues = load_cues()
    lexical: dict[str, list[int]] = defaultdict(list)
    for d, _code, idx, *_rest, what in raw:
        if what[0] != "event" and idx not in lexical[d]:
            lexical[d].append(idx)
    group: dict[tuple[str, int], int] = {}
    for d, idxs in lexical.items():
        idxs.sort()
        stmts = [statement(sentences.get((d, i), {}).get("text") or "", cues) for i in idxs]
        for i, r in zip(idxs, restatement_groups(stmts, cues), strict=True):
            group[(d, i)] = idxs[r]
    first: dict[tuple[Any, ...], int] = {}
    also_in: dict[tuple[str, str, int], set[int]] = defaultdict(set)
    for d, code, idx, value, why, kind, what in sorted(raw, key=lambda r: (r[0], r[1], r[2])):
        key = (d, code, what) if what[0] == "event" else (d, code, group.get((d, idx), idx), what)
        earlier = first.setdefault(key, idx)
        if earlier != idx:
            also_in[(d, code, earlier)].add(idx)
            continue
        contrib[(d, code)][idx].append((value, why, kind))
    return also_in


def stance_by_source(
    con: duckdb.DuckDBPyConnection, actors: Iterable[str] | None = None, nlp: Language | None = None
) -> list[dict[str, Any]]:
    """Stance per (source, actor): document scores averaged, weighted by their evidence sentences.

    Documents without a source are grouped under their own id, so nothing is silently merged."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in stance(con, actors=actors, nlp=nlp):
        groups[(r["source"] or r["doc_id"], r["actor"])].append(r)
    out = []
    for (source, actor), rows in sorted(groups.items()):
        weight = sum(r["sentences"] for r in rows)
        score = sum(r["score"] * r["sentences"] for r in rows) / weight if weight else 0.0
        top = sorted(
            ({**t, "doc_id": r["doc_id"]} for r in rows for t in r["top"]),
            key=lambda t: -abs(t["contribution"]),
        )[:3]
        out.append(
            {
                "source": source,
                "actor": actor,
                "score": round(score, 3),
                "documents": len(rows),
                "sentences": weight,
                "top": top,
            }
        )
    return out
