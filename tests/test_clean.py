"""Cleaning keeps every character traceable to the raw input and removes the debris the seeds show."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.ingest.clean import clean
from detente.ingest.offsets import MappedText
from detente.ingest.segment import split_sentences

QUOTES = {"'": "'\u2018\u2019\u201a\u201b", '"': '"\u201c\u201d\u201e\u00ab\u00bb'}


def same_char(clean_ch: str, raw_ch: str) -> bool:
    return clean_ch == raw_ch or raw_ch in QUOTES.get(clean_ch, "") or (clean_ch == " " and raw_ch.isspace())


def squash(text: str) -> str:
    """Text without whitespace and with straight quotes: what a span must agree on."""
    for plain, variants in QUOTES.items():
        for v in variants:
            text = text.replace(v, plain)
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.,:;!?0123\n\t\u2019\u201c\u201d\u00a0-#")), max_size=300))
def test_every_clean_character_maps_back_to_the_same_raw_character(raw: str) -> None:
    mapped = clean(raw)
    assert len(mapped.to_raw) == len(mapped.text) + 1
    for i, ch in enumerate(mapped.text):
        r = mapped.to_raw[i]
        assert 0 <= r <= len(raw)
        if r < len(raw) and not same_char(ch, raw[r]):
            assert ch == " ", (i, ch, raw[r])  # only inserted spaces may differ
    assert mapped.to_raw == sorted(mapped.to_raw)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc DEF.,\n\u2019")), max_size=200), st.data())
def test_a_clean_span_maps_to_a_raw_span_with_the_same_words(raw: str, data: st.DataObject) -> None:
    mapped = clean(raw)
    if not mapped.text:
        return
    start = data.draw(st.integers(0, len(mapped.text) - 1))
    end = data.draw(st.integers(start + 1, len(mapped.text)))
    s, e = mapped.raw_span(start, end)
    assert squash(raw[s:e]).startswith(squash(mapped.text[start:end]).rstrip()) or squash(
        mapped.text[start:end]
    ) == squash(raw[s:e])


def test_offset_map_survives_a_round_trip_through_json() -> None:
    mapped = clean("No products in the cart.\nAs of Nov. 2,2025,the U.S.President spoke.\n\n\n\nEnd.")
    again = MappedText.loads(mapped.text, mapped.dumps())
    assert again.to_raw == mapped.to_raw


def test_missing_spaces_are_restored_but_numbers_are_not_split() -> None:
    raw = "As of November 2,2025,04:28:01,the U.S.President met. It cost 1,000 dollars.The end,however,came."
    text = clean(raw).text
    assert "November 2, 2025, 04:28:01, the" in text
    assert "U.S. President" in text
    assert "1,000 dollars. The end, however, came." in text


def test_debris_lines_blocks_and_tails_are_dropped() -> None:
    raw = (
        "No products in the cart.\n357d68b10ef0f981b26fa943be27158d\nReal sentence one.\n\n\n\n"
        "References\n  \u2022 Russia\u2013United States relations \u2013 Wikipedia\n"
        "(Image used in this blog is created by an AI tool)\nComments\nPopular posts from this blog\n"
        "A teaser that must go\n"
    )
    assert clean(raw).text == "Real sentence one."


def test_curly_quotes_become_straight_and_blank_runs_collapse() -> None:
    mapped = clean("\u201cYes,\u201d he said \u2018no\u2019.\n\n\n\n\nNext  line")
    assert mapped.text == "\"Yes,\" he said 'no'.\n\nNext line"


def test_seed_debris_never_survives(seeds_dir) -> None:
    debris = [
        re.compile(p, re.I | re.M)
        for p in (
            r"No products in the cart",
            r"^[0-9a-f]{32}$",
            r"Popular posts from this blog",
            r"^\s*References\s*$",
            r"Image used in this blog",
            r"^Comments$",
            r"Hegseth.s Ukraine Weapons Freeze",
            r"Elon Musk",
            r"\u2022",
            r"\n\n\n",
        )
    ]
    for path in sorted(seeds_dir.iterdir()):
        text = clean(path.read_text(encoding="utf-8")).text
        for pattern in debris:
            assert not pattern.search(text), (path.name, pattern.pattern)
        assert "U.S.President" not in text and "growth,following" not in text


def test_sentence_splitting_survives_abbreviations_numbers_and_headings() -> None:
    text = (
        "## A heading without a stop\nU.S. Secretary of State Marco Rubio met on Dec. 5 with Gen. Smith. "
        'The deal was worth $3.5 billion, or 3,500 million. "It works," he said. Then it ended!\n- a list item'
    )
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "## A heading without a stop",
        "U.S. Secretary of State Marco Rubio met on Dec. 5 with Gen. Smith.",
        "The deal was worth $3.5 billion, or 3,500 million.",
        '"It works," he said.',
        "Then it ended!",
        "- a list item",
    ]
