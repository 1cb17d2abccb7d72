"""Work ``prepare`` no longer does for ``detente code`` (issue 14 item 5, speed9): a Document's two duplicate keys
are computed from its cleaned text when first read, and a dateline's date string is parsed once per process
(``dates._full_date``). Both must give what the eager code gave, document after document. No timing is
asserted. Invented texts only."""

from __future__ import annotations

from datetime import date

from detente.ingest import dates
from detente.ingest.dedupe import content_hash, from_bytes, minhash, to_bytes
from detente.ingest.document import prepare
from detente.ingest.readers import RawArticle

FIRST = "Valdoria, March 3, 2024\n\nThe ministers of Valdoria and Ostmark met on Monday to discuss the border."
SECOND = "Ostmark, 14 July 2023\n\nA convoy crossed the river at dawn and the talks were suspended for a week."
SAME_DAY = "Kerrow, March 3, 2024\n\nThe harbour workers ended their strike after a night of talks with owners."


def article(text: str, n: int = 0) -> RawArticle:
    return RawArticle(id=f"doc{n}", path="", format="jsonl", raw_text=text)


def test_hashes_are_computed_from_the_clean_text_on_first_read() -> None:
    doc = prepare(article(FIRST))
    assert "minhash" not in vars(doc) and "content_hash" not in vars(doc)  # not computed by prepare
    assert doc.content_hash == content_hash(doc.clean.text)
    assert doc.minhash == to_bytes(minhash(doc.clean.text))
    assert vars(doc)["minhash"] is doc.minhash  # computed once, then kept


def test_hashes_stay_per_document() -> None:
    one, two, again = prepare(article(FIRST, 1)), prepare(article(SECOND, 2)), prepare(article(FIRST, 3))
    assert one.content_hash != two.content_hash and one.minhash != two.minhash
    assert again.content_hash == one.content_hash and again.minhash == one.minhash
    # the stored signature still reads back as a MinHash that finds the copy and not the other text
    assert from_bytes(again.minhash).jaccard(from_bytes(one.minhash)) == 1.0
    assert from_bytes(two.minhash).jaccard(from_bytes(one.minhash)) < 0.35


def test_hashes_are_not_dataclass_fields() -> None:
    """Equality of two Documents still compares what they hold, and the cached keys do not take part."""
    one, again = prepare(article(FIRST, 1)), prepare(article(FIRST, 1))
    _ = one.minhash  # one has its keys computed, the other not
    assert one == again


def test_dateline_dates_memoised_per_string_and_right_for_each_document() -> None:
    dates._full_date.cache_clear()
    assert prepare(article(FIRST)).published == date(2024, 3, 3)
    assert prepare(article(SECOND)).published == date(2023, 7, 14)
    assert prepare(article(SAME_DAY)).published == date(2024, 3, 3)
    assert prepare(article(FIRST)).published == date(2024, 3, 3)
    info = dates._full_date.cache_info()
    assert info.misses == 2 and info.hits == 2  # "March 3, 2024" parsed once for three documents
    # the memo gives what parse_date gives
    for value in ("March 3, 2024", "14 July 2023", "Sept. 9th, 2021", "2022-02-30"):
        assert dates._full_date(value) == dates.parse_date(value)


def test_memoised_date_is_not_taken_for_a_date_out_of_place() -> None:
    """The memo is read only after the dateline check: the same string in running text gives no date."""
    dates._full_date.cache_clear()
    assert dates.date_from_text(FIRST) == date(2024, 3, 3)
    body = "The ministers met again, and on March 3, 2024 the talks about the border resumed in the capital city."
    assert dates.date_from_text(body) is None
