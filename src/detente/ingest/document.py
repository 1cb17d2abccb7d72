"""From a raw article to a Document ready to store: cleaned text, offset map, sentences, date, hashes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from urllib.parse import urlsplit

from detente.ingest.clean import clean
from detente.ingest.dates import date_from_text, date_from_url, parse_date
from detente.ingest.dedupe import content_hash, minhash, to_bytes
from detente.ingest.offsets import MappedText
from detente.ingest.readers import ArticleFields, RawArticle
from detente.ingest.segment import split_sentences


@dataclass
class Sentence:
    idx: int
    start: int  # raw offsets
    end: int
    clean_start: int
    clean_end: int
    text: str  # cleaned


@dataclass(kw_only=True)
class Document(ArticleFields):
    """An article prepared to store: its fields as read, plus the cleaned text, sentences, hashes and date.

    The two hashes are computed from the cleaned text when first read, not in :func:`prepare`: only storing
    (the duplicate checks of ``api.ingest``) reads them, and ``detente code`` never does (the MinHash of every
    document was ~1% of its CPU time; issue 14, session 17, speed9)."""

    clean: MappedText
    sentences: list[Sentence]
    words: int
    published: date | None = None
    published_how: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the normalised cleaned text (``dedupe.content_hash``): the exact-duplicate key."""
        return content_hash(self.clean.text)

    @cached_property
    def minhash(self) -> bytes:
        """The cleaned text's MinHash signature as stored (``dedupe.minhash``): the near-duplicate key."""
        return to_bytes(minhash(self.clean.text))

    @property
    def clean_text(self) -> str:
        return self.clean.text


def url_host(url: str | None) -> str | None:
    """The site a URL names ("www.example.com" -> "example.com"): the source when no other is given."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.removeprefix("www.") if host else None


def prepare(article: RawArticle) -> Document:
    mapped = clean(article.raw_text)
    sentences = []
    for idx, (cs, ce) in enumerate(split_sentences(mapped.text)):
        rs, re_ = mapped.raw_span(cs, ce)
        sentences.append(Sentence(idx, rs, re_, cs, ce, mapped.text[cs:ce]))
    published, how = parse_date(article.date), "metadata"
    if published is None:
        published, how = date_from_url(article.url), "url"
    if published is None:
        published, how = date_from_text(mapped.text), "text"
    title = article.title
    if title is None and sentences and "\n" in mapped.text[: sentences[0].clean_end + 1]:
        first = sentences[0].text.lstrip("# ").strip()
        title = first if len(first) < 200 else None  # a heading line, not a paragraph
    return Document(
        id=article.id,
        path=article.path,
        format=article.format,
        raw_text=article.raw_text,
        clean=mapped,
        sentences=sentences,
        words=len(mapped.text.split()),
        encoding=article.encoding,
        title=title,
        url=article.url,
        source=article.source or url_host(article.url),
        published=published,
        published_how=how if published else None,
    )
