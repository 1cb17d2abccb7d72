"""framing_tagger: narrative markers, persuasion techniques and text-quality signals.

Why a lexicon and not a classifier: framing markers such as "Kyiv regime" or "special military operation" are
closed-class vocabulary whose presence is itself the evidence a reader wants to see, with its exact offsets.
The lexicon lives in ``detente/data/framing/lexicon.yml`` and the quality cues in ``quality.yml`` so they can
be reviewed and extended without touching code.

Writes
  ``doc._.framing``: ``[{phrase, narrative, technique, note, start, end}]`` (char offsets in ``doc.text``)
  ``doc._.quality``: ``[{signal, evidence, start, end, note}]``

Matching is case-insensitive (token ``LOWER``), tolerant of extra whitespace between tokens and of an optional
hyphen ("Western-backed" = "Western backed"). ``spacing_signals(raw_text)`` and ``raw_text_signals`` work on
the raw input, because the ingest cleaning step repairs broken spacing before the pipeline sees the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.attrs import IS_ALPHA
from spacy.language import Language
from spacy.tokens import Doc, Span

from detente.nlp import extensions  # noqa: F401  (registers doc._.framing / doc._.quality)
from detente.nlp.component import DataComponent
from detente.nlp.extensions import doc_text, sentence_ents, span_text
from detente.nlp.lexicons import FramingLexicon, FramingQuality, load_yaml, read_yaml
from detente.nlp.phrase_runs import PhraseRunMatcher, WindowMatcher
from detente.nlp.pipeline import HYPHENATED
from detente.nlp.token_scan import ColumnMemo, text_hits, text_memo
from detente.paths import data_file

FRAMING_DIR = data_file("framing")
FILES = ("lexicon.yml", "quality.yml")

_HYPHENS = ["-", "‐", "‑", "–"]
_POSSESSIVE = ["'s", "’s", "'", "’"]

# A statistic: a percentage, an amount of money, or a count with a magnitude word. Years are not statistics.
_STAT_RE = re.compile(
    r"(?:\b\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b))"
    r"|(?:[$€£]\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|bn|mn|m|k)\b)?)"
    r"|(?:\b\d[\d,.]*\s+(?:billion|million|trillion|thousand)\b)",
    re.IGNORECASE,
)

# Broken spacing in raw text (scraper or spinner damage). Each match is widened to its whitespace-free run.
_SPACING_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[A-Za-z0-9][,;](?=[A-Za-z]{2,})"), "comma/semicolon not followed by a space"),
    (re.compile(r"\b\d{1,2},(?:1[89]|20)\d{2}\b"), "day and year glued by a comma"),
    (re.compile(r"\d{4},\d{1,2}:\d{2}"), "date and time glued"),
    (re.compile(r"\b(?:[A-Z]\.){2,}[A-Z][a-z]+"), "abbreviation glued to the next word"),
    (re.compile(r"\b[a-z]{2,}[.!?][A-Z][a-z]+"), "sentence end glued to the next sentence"),
)
_TOKEN_RUN = re.compile(r"\S+")


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-free run around ``[start, end)``, without trailing sentence punctuation."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > start and text[end - 1] in ".,;:)”\"'’":
        end -= 1
    while start < end and text[start] in "(“\"'‘":
        start += 1
    return start, end


def spacing_signals(raw_text: str) -> list[dict[str, Any]]:
    """Broken spacing in the raw input: ``2,2025,04:28:01,the``, ``U.S.President``, ``goodwill.The``.

    Offsets are into ``raw_text``. Overlapping cues in one whitespace-free run give one signal.
    """
    found: dict[tuple[int, int], list[str]] = {}
    for regex, note in _SPACING_RES:
        for m in regex.finditer(raw_text):
            span = _widen(raw_text, m.start(), m.end())
            run = raw_text[span[0] : span[1]]
            if "://" in run or "www." in run or "@" in run:  # URLs and e-mail addresses are not prose
                continue
            notes = found.setdefault(span, [])
            if note not in notes:
                notes.append(note)
    return [
        {"signal": "broken_spacing", "evidence": raw_text[s:e], "start": s, "end": e, "note": "; ".join(n)}
        for (s, e), n in sorted(found.items())
    ]


def debris_signals(raw_text: str, data_path: str | Path | None = None) -> list[dict[str, Any]]:
    """Scraping debris lines ("No products in the cart.", hash lines, blog footers) in the raw input."""
    quality = _load_yaml(Path(data_path) if data_path else FRAMING_DIR, "quality.yml")
    rules = [(re.compile(d["regex"], re.IGNORECASE), d["note"]) for d in quality.get("debris", [])]
    out: list[dict[str, Any]] = []
    pos = 0
    for line in raw_text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        for regex, note in rules:
            if regex.match(body):
                lead = len(body) - len(body.lstrip())
                out.append(
                    {
                        "signal": "debris",
                        "evidence": body.strip(),
                        "start": pos + lead,
                        "end": pos + lead + len(body.strip()),
                        "note": note,
                    }
                )
                break
        pos += len(line)
    return out


def raw_text_signals(raw_text: str, data_path: str | Path | None = None) -> list[dict[str, Any]]:
    """All signals that must be computed on the raw input (before cleaning): spacing and debris."""
    return sorted(spacing_signals(raw_text) + debris_signals(raw_text, data_path), key=lambda s: s["start"])


_MARKUP = " \t#|*>-–—•\"'“‘("


def _opens_lower_word(text: str) -> bool:
    """Whether a token's text opens in lower case and is alphabetic (spaCy's ``is_alpha`` is the text's
    ``isalpha``): the first tests of the line-start scan of :meth:`FramingTagger.quality_signals`."""
    return text[:1].islower() and text.isalpha()


def _before(text: str, idx: int) -> str:
    """The text before ``idx`` (a bounded window), without list, table and quote markup: what a
    lower-case start is judged against. Bounded so the check stays linear in the document length."""
    window = text[max(0, idx - 80) : idx].rstrip(_MARKUP)
    return "\n" if not window and idx > 80 else window


def _merge_overlaps(signals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One signal per stretch of text and kind: overlapping cues of the same kind keep the longest."""
    ordered = sorted(signals, key=lambda s: (s["signal"], s["start"], -(s["end"] - s["start"])))
    kept: list[dict[str, Any]] = []
    for sig in ordered:
        last = kept[-1] if kept else None
        if last and last["signal"] == sig["signal"] and sig["start"] < last["end"]:
            if sig["end"] - sig["start"] > last["end"] - last["start"]:
                kept[-1] = sig
            continue
        kept.append(sig)
    kept.sort(key=lambda s: (s["start"], s["signal"]))
    return kept


@lru_cache(maxsize=8)
def _load_yaml_cached(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return read_yaml(fh)


def _load_yaml(folder: Path, name: str) -> Any:
    return _load_yaml_cached(str(folder / name))


class FramingTagger(DataComponent):
    """Lexicon matcher for framing markers plus rule-based text-quality signals."""

    def __init__(self, nlp: Language, name: str = "framing_tagger", data_path: str = "") -> None:
        self.name = name
        self.nlp = nlp
        self.data_path = Path(data_path) if data_path else FRAMING_DIR
        self.from_disk(self.data_path)

    # -- data -------------------------------------------------------------------------------------------
    def load_data(self, path: Path) -> None:
        """Load ``lexicon.yml`` and ``quality.yml`` from ``path`` (checked: errors name file and key) and
        compile the matchers."""
        self.lexicon: list[dict[str, Any]] = load_yaml(FramingLexicon, path / "lexicon.yml")[0] or []
        self.quality: dict[str, Any] = load_yaml(FramingQuality, path / "quality.yml")[0] or {}
        self.data_path = path
        self._compile()

    def data_sources(self) -> dict[str, Path]:
        return {name: self.data_path / name for name in FILES}

    def _phrase_pattern(self, phrase: str) -> list[dict[str, Any]]:
        """Token pattern for a phrase: lower-case tokens, any whitespace between, hyphens optional."""
        pattern: list[dict[str, Any]] = []
        for tok in self.nlp.make_doc(phrase):
            if tok.is_space:
                continue
            if pattern:
                pattern.append({"IS_SPACE": True, "OP": "*"})
            if tok.text in _HYPHENS:
                pattern.append({"ORTH": {"IN": _HYPHENS}, "OP": "?"})
            elif tok.lower_ in _POSSESSIVE:
                pattern.append({"LOWER": {"IN": _POSSESSIVE}})
            else:
                pattern.append({"LOWER": tok.lower_})
        return pattern

    def _compile(self) -> None:
        vocab = self.nlp.vocab
        self.framing_matcher = PhraseRunMatcher(vocab)  # the Matcher, run over the runs of phrase words only
        self._entries: dict[str, dict[str, Any]] = {}
        for i, entry in enumerate(self.lexicon):
            key = f"framing_{i}"
            phrases = [str(p) for p in entry.get("phrases") or []]
            if entry.get("phrase"):
                phrases.append(str(entry["phrase"]))
            patterns = [self._phrase_pattern(p) for p in phrases]
            # a prefixed verb the pipeline merges into one token ("de-escalate", docs/events.md rule 358) matches
            # as that one token too
            patterns += [[{"LOWER": p.lower()}] for p in phrases if HYPHENATED.fullmatch(p)]
            if entry.get("pattern"):
                patterns.append(entry["pattern"])
            if patterns:
                self.framing_matcher.add(key, patterns, greedy="LONGEST")
                self._entries[key] = entry
        # the quality cues start with a fixed word and span a few tokens: the Matcher runs on windows after those
        # text hash -> a listed lower-case name or "its", shared across documents by ``quality_signals`` (speed36)
        self._name_texts = ColumnMemo()
        self.spinner_matcher = WindowMatcher(vocab)
        self._spun: dict[str, dict[str, Any]] = {}
        for i, entry in enumerate(self.quality.get("spinner", [])):
            key = f"spinner_{i}"
            self.spinner_matcher.add(key, [entry["pattern"]])
            self._spun[key] = entry
        self.authority_matcher = WindowMatcher(vocab)
        self._authority: dict[str, dict[str, Any]] = {}
        for i, entry in enumerate(self.quality.get("anonymous_authority", [])):
            key = f"authority_{i}"
            self.authority_matcher.add(key, [entry["pattern"]], greedy="LONGEST")
            self._authority[key] = entry
        self.lowercase_names = {str(w) for w in self.quality.get("lowercase_names", [])}
        self.its_followers = {str(w) for w in self.quality.get("its_followers", [])}
        self.lowercase_ok = {str(w) for w in self.quality.get("lowercase_start_ok", [])}
        self.source_cues = {str(w) for w in self.quality.get("source_cues", [])}

    # -- running --------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        doc._.framing = self.framing(doc)
        doc._.quality = self.quality_signals(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def framing(self, doc: Doc) -> list[dict[str, Any]]:
        """Framing hits; a technique-only cue inside a narrative marker ("Kyiv regime") is dropped."""
        hits: dict[tuple[int, int, str], dict[str, Any]] = {}
        for match_id, start, end in self.framing_matcher(doc) if len(self.framing_matcher) else []:
            key = self.nlp.vocab.strings[match_id]
            entry = self._entries[key]
            span = doc[start:end]
            hit: dict[str, Any] = {
                "phrase": span.text,
                "narrative": entry.get("narrative"),
                "technique": entry.get("technique"),
                "note": entry.get("note"),
                "start": span.start_char,
                "end": span.end_char,
            }
            hits[(hit["start"], hit["end"], key)] = hit
        narrative_spans = [(h["start"], h["end"]) for h in hits.values() if h["narrative"]]
        out: list[dict[str, Any]] = []
        for hit in sorted(hits.values(), key=lambda h: (h["start"], -h["end"])):
            inside = any(s <= hit["start"] and hit["end"] <= e for s, e in narrative_spans)
            if not hit["narrative"] and inside:
                continue
            # overlapping hits of one kind are one phrase: "Russia's aggression" + "aggression against X"
            same = next(
                (
                    h
                    for h in out
                    if h["narrative"] == hit["narrative"]
                    and h["technique"] == hit["technique"]
                    and hit["start"] < h["end"]
                    and h["start"] < hit["end"]
                ),
                None,
            )
            if same is not None:
                same["end"] = max(same["end"], hit["end"])
                same["phrase"] = doc_text(doc)[same["start"] : same["end"]]
                continue
            out.append(hit)
        return out

    def quality_signals(self, doc: Doc) -> list[dict[str, Any]]:
        """Spun text, lower-case names and starts, its/it's, unsourced statistics, anonymous authority."""
        out: list[dict[str, Any]] = []
        text = doc_text(doc)  # Doc.text is rebuilt from the tokens on every access

        def add(signal: str, span: Span | tuple[int, int], note: str) -> None:
            s, e = (span.start_char, span.end_char) if isinstance(span, Span) else span
            out.append({"signal": signal, "evidence": text[s:e], "start": s, "end": e, "note": note})

        for match_id, start, end in self.spinner_matcher(doc) if len(self.spinner_matcher) else []:
            entry = self._spun[self.nlp.vocab.strings[match_id]]
            span = doc[start:end]
            while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in ("in", "of", "is", "remains")):
                span = span[:-1]
            add("spun_text", span, f"odd synonym swap, likely spun from '{entry['original']}'")
        for match_id, start, end in self.authority_matcher(doc) if len(self.authority_matcher) else []:
            entry = self._authority[self.nlp.vocab.strings[match_id]]
            add("anonymous_authority", doc[start:end], entry.get("note", "authority without a name"))
        # only the tokens written as a listed lower-case name or as "its" (speed36): one text column read, and a
        # Token for those alone; ``word.lower()`` is the token's ``lower_`` (spaCy's LOWER is the text lower-cased)
        names = self.lowercase_names
        for i in text_hits(doc, lambda word: word in names or word.lower() == "its", self._name_texts):
            tok = doc[i]
            word = tok.text
            tagged = i > 0 and doc[i - 1].text in "#@"
            if word in names and not tok.like_url and not tagged:
                add("lowercase_name", doc[i : i + 1], f"proper name in lower case ({word.capitalize()})")
            if word.lower() == "its" and i + 1 < len(doc) and doc[i + 1].text.lower() in self.its_followers:
                add("its_for_its", doc[i : i + 2], "'its' where 'it's' (it is) is meant")
        starts: set[int] = set()
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]  # a blank pipeline: one
        for sent in sents:
            first = self._sentence_signals(text, sent, add)
            if first is not None:
                starts.add(first)
        # a line that opens in lower case (headings, table cells, list items): only the tokens whose text opens in
        # lower case and is alphabetic (``is_alpha``, the text's ``isalpha``), by one text column (speed36)
        # most such words follow a word (``is_alpha``, from one column: no Token for them; speed38)
        opens = text_hits(doc, _opens_lower_word, text_memo(_opens_lower_word))
        alpha = doc.to_array(IS_ALPHA).tolist() if opens else []
        for i in opens:
            if i in starts:
                continue
            if i > 0 and alpha[i - 1]:
                continue  # a word before it on its line: no line start (tested before the text window is cut)
            tok = doc[i]
            if tok.text.lower() in self.lowercase_ok:
                continue
            before = _before(text, tok.idx)
            if before and before[-1] == "\n":
                add("lowercase_start", doc[i : i + 1], "line starts with a lower-case letter")
        return _merge_overlaps(out)

    def _sentence_signals(self, text: str, sent: Span, add: Any) -> int | None:
        """Lower-case sentence start and unsourced statistics; returns the flagged start token, if any."""
        flagged = None
        first = next((t for t in sent if t.is_alpha), None)
        if first is not None and first.text[0].islower() and first.lower_ not in self.lowercase_ok:
            before = _before(text, first.idx)
            if not before or before[-1] in ".!?\n":
                add("lowercase_start", sent.doc[first.i : first.i + 1], "sentence starts with a lower-case letter")
                flagged = first.i
        stats = list(_STAT_RE.finditer(span_text(sent)))
        if not stats:  # most sentences: their words and entities need not be read (speed7)
            return flagged
        named = any(ent.label_ in ("ORG", "PERSON") for ent in sentence_ents(sent))
        if named or {t.lower_ for t in sent} & self.source_cues:
            return flagged
        for m in stats:
            s = sent.start_char + m.start()
            add(
                "unsourced_statistic",
                (s, sent.start_char + m.end()),
                "number claimed without a named poll, study or source in the sentence",
            )
        return flagged


@Language.factory("framing_tagger", default_config={"data_path": ""})
def make_framing_tagger(nlp: Language, name: str, data_path: str) -> FramingTagger:
    """spaCy factory: ``nlp.add_pipe("framing_tagger", config={"data_path": "/my/lexicons"})``."""
    return FramingTagger(nlp, name, data_path)
