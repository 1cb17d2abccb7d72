"""Shared test fixtures. Tests that need ../shared skip with a clear reason when it is absent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span, Token

from detente.nlp.causal_extractor import Extractor, load_lexicon
from detente.nlp.causal_settings import CausalSettings
from detente.nlp.event_coder import EventCoder
from detente.nlp.model import cached_model
from detente.nlp.pipeline import build_pipeline

from .browser import launched_chromium, recording_page

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
EXAMPLES = ROOT / "examples" / "articles"
GDELT_SAMPLE = ROOT / "tests" / "fixtures" / "gdelt1_sample.tsv"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared is not available on this machine")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need_shared("corpus", "seeds")


@pytest.fixture(scope="session")
def nlp():
    """The full detente pipeline, loaded once per test session."""
    from detente.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seed articles analyzed once into a DuckDB file (read by several test modules)."""
    from detente.api import analyze

    seeds = need_shared("corpus", "seeds")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    report = analyze([seeds], db=db)
    assert len(report.analyzed) == 5
    return db


@pytest.fixture(scope="session")
def seeds_news_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds plus the 20 news excerpts (23 sources) analyzed once into a DuckDB file."""
    from detente.api import analyze

    seeds = need_shared("corpus", "seeds")
    news = need_shared("corpus", "news", "news.jsonl")
    db = tmp_path_factory.mktemp("seeds_news") / "seeds_news.duckdb"
    report = analyze([seeds, news], db=db)
    assert len(report.analyzed) == 25
    return db


def build_store(db: Path) -> dict[str, Any]:
    """A store from the sample articles (and the seeds when ../shared is here) plus a small GDELT sample, so
    the index has dated USA-RUS events whatever the text coder finds; returns numbers computed directly."""
    from detente.analysis.relations_index import relations_index
    from detente.api import analyze
    from detente.store.db import connect
    from detente.store.imports import import_gdelt

    paths = [EXAMPLES] + ([SEEDS] if SEEDS.exists() else [])
    analyze(paths, db=db, on_problem=lambda _line: None)
    con = connect(db)
    try:
        if GDELT_SAMPLE.exists():
            import_gdelt(con, [GDELT_SAMPLE])
        index = relations_index(con, dyad="USA-RUS")
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()
    return {"index": index, "documents": documents}


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """:func:`build_store` once per session (the REST, report and dashboard tests each copy it before writing)."""
    db = tmp_path_factory.mktemp("webstore") / "base.duckdb"
    return db, build_store(db)


@pytest.fixture(scope="module")
def causal_nlp() -> Language:
    """The full causal stage on the parse (module scope: tests may switch its settings inside a module)."""
    return build_pipeline(stages=("causal_extractor",))


@pytest.fixture(scope="session")
def parse() -> Language:
    """The bare parse (no detente stage): what the causal-rule tests run the extractor on."""
    return build_pipeline(stages=())


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The causal parse-rule extractor with the packaged lexicon."""
    return Extractor(load_lexicon())


@pytest.fixture(scope="session")
def base() -> Language:
    """The bare English model (parser, NER) the event-rule tests parse with; actors are given by each test."""
    return cached_model()


@pytest.fixture(scope="module")
def rules_nlp() -> Language:
    """The resolver and the event coder with the learned layer off (``event_sentences.rules_pipeline``), one per
    test module: what the event-construction tests code one sentence at a time with."""
    from .event_sentences import rules_pipeline

    return rules_pipeline()


@pytest.fixture(scope="session")
def coder(base: Language) -> EventCoder:
    """The event coder with its learned layer off, so the lexicon and the rules are what a test checks (a test
    module that wants the layer on defines its own ``coder``)."""
    return EventCoder(base, "event_coder", learned=False)


@pytest.fixture(scope="session")
def resolver() -> Language:
    """The pipeline up to ``actor_resolver``: what the actor-resolution tests run."""
    return build_pipeline(stages=("actor_resolver",))


@pytest.fixture(scope="session")
def linear_causal() -> Language:
    """The pipeline up to ``causal_extractor`` with the linear scorer: what the tests of ``_claims_at`` (claims at a
    given probability, with made-up tagger readings) run."""
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})


def claim_row(
    cid: str,
    doc: str,
    cause: str,
    effect: str,
    polarity: str = "+",
    hedged: bool = False,
    *,
    sentence_idx: int = 0,
    start: int = 0,
    end: int = 40,
    signal: str = "lead to",
) -> dict[str, Any]:
    """A ``causal_claims`` row made up for a map test: what ``build_maps`` and the scenario code read."""
    return {
        "claim_id": cid,
        "doc_id": doc,
        "sentence_idx": sentence_idx,
        "start": start,
        "end": end,
        "cause": cause,
        "effect": effect,
        "polarity": polarity,
        "hedged": hedged,
        "signal": signal,
    }


def only_sentence(parse: Language, text: str) -> Span:
    """The one sentence ``parse`` makes of ``text`` (a test's text is written as one sentence: more is an error)."""
    (sent,) = list(parse(text).sents)
    return sent


def words_of(sent: Span, part: str) -> list[Token]:
    """The tokens of ``sent`` that cover the first occurrence of the text ``part`` in it."""
    start = sent.start_char + sent.text.index(part)
    span = sent.doc.char_span(start, start + len(part), alignment_mode="expand")
    assert span is not None
    return list(span)


def parsed_sentence(component: Language, text: str) -> Span:
    """The first sentence of ``text`` run through every stage of ``component`` before ``causal_extractor``."""
    doc = component.make_doc(text)
    for name, pipe in component.pipeline:
        if name != "causal_extractor":
            doc = pipe(doc)
    return next(iter(doc.sents))


def claims_at(
    component: Language, text: str, p: float, reading: dict[str, Any] | None = None, **settings: Any
) -> list[dict[str, Any]]:
    """The claims ``CausalExtractor._claims_at`` gives the sentence at probability ``p`` with the tagger's
    ``reading``, under classifier ``settings`` (restored afterwards: the component is shared by the session)."""
    comp: Any = component.get_pipe("causal_extractor")
    saved = comp.settings  # the classifier's and the extractor's one object
    try:
        comp.settings = CausalSettings.from_mapping(settings, "claims_at", base=saved)
        sent = parsed_sentence(component, text)
        return comp._claims_at(sent, p, comp.extractor.extract(sent), reading)
    finally:
        comp.settings = saved


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium through Playwright, one per test module (the dashboard tests)."""
    with launched_chromium() as b:
        yield b


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A fresh page of ``browser``; its uncaught script errors collect in ``page.errors``."""
    with recording_page(browser) as pg:
        yield pg
