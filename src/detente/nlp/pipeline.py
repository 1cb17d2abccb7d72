"""One spaCy pipeline: the English model plus our registered stages, in the order of the flow.

    actor_resolver -> event_coder -> causal_extractor -> framing_tagger

(preceded by ``title_case_parse``, which re-parses title-case headlines in sentence case; ``event_coder`` by
``parse_repair``, the parse and lemma repairs its rules assume, docs/events.md rules 46a and 52c.)

Each stage is a spaCy component in its own module (factory + config + data files under
``detente/data``). Importing the module registers its factory.
"""

from __future__ import annotations

import importlib
import re
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from detente.ingest.segment import spaced_numbers, spaced_possessives
from detente.nlp import extensions  # registers Doc/Span attributes
from detente.nlp.events import parse_repair  # registers the parse_repair factory
from detente.nlp.model import load_model, without_bom

STAGES: tuple[str, ...] = ("actor_resolver", "event_coder", "causal_extractor", "framing_tagger")


def _register(stage: str) -> None:
    """Import a stage's module, which registers its factory (a missing stage is an error, never skipped)."""
    importlib.import_module(f"detente.nlp.{stage}")


def build_pipeline(
    model: str | None = None,
    stages: Iterable[str] = STAGES,
    config: dict[str, dict[str, Any]] | None = None,
) -> Language:
    """The English model with our stages appended. ``config`` maps stage name -> component config.

    ``event_coder`` always comes with ``parse_repair`` right before it (rules 46a, 52c): its rules are
    written against the repaired parse, so no ``stages`` subset can leave the repair out, and the stages after
    it read the parse the coder read (``config["parse_repair"]`` configures it: ``data_path``)."""
    nlp = load_model(model)
    if "parser" in nlp.pipe_names:
        # title-case headlines re-parsed in sentence case before any of our stages reads the parse (rule 34)
        _register("title_case")
        nlp.add_pipe("title_case_parse")
    stages = tuple(stages)
    config = dict(config or {})
    coder_patterns = config.get("event_coder", {}).get("patterns_path")
    if coder_patterns and "actor_resolver" in stages:
        # the resolver reads the coder's mediation words (rule 100): one lexicon file for both
        config["actor_resolver"] = {"event_patterns": coder_patterns, **config.get("actor_resolver", {})}
    for stage in stages:
        _register(stage)
        if stage == "event_coder":
            nlp.add_pipe(parse_repair.NAME, config=config.get(parse_repair.NAME, {}))
        nlp.add_pipe(stage, config=config.get(stage, {}))
    return nlp


# A verb written with its prefix and a hyphen ("de-escalate", "re-impose", "re-establish", "co-operate"): spaCy's
# infix rule splits the word at the hyphen and the tagger reads the pieces as nouns or as three verbs, so the verb's
# code was never read (issue 14, session 35, hyphen1; docs/events.md rule 358). The three tokens become one, read as
# its spelling without the hyphen ("reimposed": norm "reimposed", lemma "reimpose"), when that spelling or the
# hyphenated one is an inflection of a verb the model's lemmatizer lists (its verb index: reimpose, reestablish,
# reopen, cooperate, de-escalate, rearm, preempt) or the event coder's lexicon knows. Hyphenated nouns and
# adjectives ("re-election", "pro-Russian", "co-founder", "pre-war", "Russia-Ukraine") are no such verb and stay
# split, as does any other prefix. A merge keeps every character offset; the tagger still decides the word's part.
HYPHEN_PREFIXES = ("re", "de", "co", "pre")
HYPHENATED = re.compile(r"\b(" + "|".join(HYPHEN_PREFIXES) + r")-([a-z]{3,})\b", re.IGNORECASE)
_VERB_TABLES: weakref.WeakKeyDictionary[Language, tuple[frozenset[str], Any, Any]] = weakref.WeakKeyDictionary()


def _verb_tables(nlp: Language) -> tuple[frozenset[str], Any, Any]:
    """The verbs (lemmatizer's verb index and the event coder's verbs) and the lemmatizer's verb suffix rules and
    exceptions, read once per pipeline (no lemmatizer: no verbs)."""
    tables = _VERB_TABLES.get(nlp)
    if tables is None:
        verbs: set[str] = set()
        rules: Any = []
        exceptions: Any = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
            if lookups.has_table("lemma_index"):
                verbs |= set(lookups.get_table("lemma_index").get("verb", ()))
                rules = lookups.get_table("lemma_rules").get("verb", [])
                exceptions = lookups.get_table("lemma_exc").get("verb", {})
        if "event_coder" in nlp.pipe_names:
            verbs |= set(getattr(nlp.get_pipe("event_coder"), "known_verbs", ()))
        tables = (frozenset(verbs), rules, exceptions)
        _VERB_TABLES[nlp] = tables
    return tables


def hyphen_verbs(nlp: Language, text: str) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of each prefix-hyphen-verb of ``text`` (:data:`HYPHEN_PREFIXES`) whose spelling
    without the hyphen, or with it, lemmatizes to a known verb; the lemma is that verb ("re-imposed": reimpose)."""
    found: list[tuple[int, int, str]] = []
    verbs, rules, exceptions = _verb_tables(nlp)
    if not verbs:
        return found
    for match in HYPHENATED.finditer(text):
        for word in ((match.group(1) + match.group(2)).lower(), match.group(0).lower()):
            lemmas = [word, *exceptions.get(word, ())]
            lemmas += [word[: len(word) - len(old)] + new for old, new in rules if old and word.endswith(old)]
            lemma = next((lemma for lemma in lemmas if lemma in verbs), None)
            if lemma is not None:
                found.append((match.start(), match.end(), lemma))
                break
    return found


def make_doc(
    nlp: Language, text: str, published: str | None = None, sentence_starts: Sequence[int] | None = None
) -> Doc:
    """A tokenised Doc with its date and, when given, our sentence boundaries preset (the parser keeps
    them, so sentence numbers agree with the ``sentences`` table). Without them the parser splits, but never
    at a decimal point written with spaces ("1 . 5 million", pre-tokenised text), as ``split_sentences`` doesn't,
    and such a number ("1 . 5", "1 , 044") is one token."""
    doc = nlp.make_doc(text)
    text = without_bom(text)  # the text the tokenizer read (a BOM as a space, offsets unchanged)
    doc._.published = published
    doc.user_data[extensions.TEXT_KEY] = text  # read back by extensions.doc_text instead of rebuilding it
    if sentence_starts is not None and len(doc):
        starts = sorted(sentence_starts)
        k = 0
        flags = numpy.empty(len(doc), dtype="int64")
        # the tokens' offsets and whitespace flags as plain ints: a Token object per token cost more than the loop
        columns = doc.to_array([IDX, IS_SPACE]).tolist()
        for i, (idx, is_space) in enumerate(columns):
            hit = False
            while k < len(starts) and starts[k] <= idx:
                hit = True
                k += 1
            if i > 0 and is_space and hit and k < len(starts):
                k -= 1  # a whitespace token is never a sentence start: give it to the next token
                hit = False
            flags[i] = 1 if hit or i == 0 else -1
        # one array for the whole Doc: setting token.is_sent_start checks the whole Doc on every token
        # (-1 as spaCy stores it, two's complement; spaCy takes a 1-d array for one column, thinc's Ints2d says 2-d)
        doc.from_array([SENT_START], flags.view("uint64"))  # type: ignore[arg-type]
    numbers = spaced_numbers(text)
    possessives = spaced_possessives(text)
    hyphenated = hyphen_verbs(nlp, text) if "-" in text else []
    if numbers or possessives or hyphenated:
        # one number token, as "1.5" and "1,044" are: split apart, a point ended a sentence and a comma cut the
        # number from its noun ("returned 1 , 044 antiquities to Y" lost its object), and the parse went astray
        # (docs/events.md rule 56d:) one possessive clitic, read by the tagger and parser as "'s" (its norm): split
        # apart, "Japan ’ s government" parsed "s" as a noun of its own and lost the subject of its clause
        with doc.retokenize() as retokenizer:
            for start, end in numbers:
                span = doc.char_span(start, end)
                if span is not None and len(span) > 1:
                    retokenizer.merge(span)
            for start, end in possessives:
                span = doc.char_span(start, end)
                if span is not None and len(span) == 2:
                    retokenizer.merge(span, attrs={"NORM": "'s"})
            for start, end, lemma in hyphenated:
                span = doc.char_span(start, end)
                if span is not None and len(span) == 3:
                    # the tagger reads the joined word ("reimposed"); the lemmatizer keeps a lemma already set
                    retokenizer.merge(span, attrs={"NORM": span.text.lower().replace("-", ""), "LEMMA": lemma})
    return doc


def run(
    nlp: Language,
    items: Iterable[tuple[str, str | None, Sequence[int] | None]],
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[Doc]:
    """Run the pipeline over ``(text, published_iso_date_or_None, sentence_starts_or_None)``, in order."""

    def docs() -> Iterator[Doc]:
        for text, published, starts in items:
            yield make_doc(nlp, text, published, starts)

    yield from nlp.pipe(docs(), batch_size=batch_size, n_process=n_process)
