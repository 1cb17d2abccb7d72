"""WindowMatcher (nlp/phrase_runs.py): the spaCy Matcher run on short windows after a pattern's first words
gives the plain Matcher's matches in its order; PhraseRunMatcher's runs start at a first word."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher

from detente.nlp.phrase_runs import PhraseRunMatcher, WindowMatcher, _max_repeats

# constructed cues in the style of quality.yml: a fixed first word, bounded gaps, parse attributes
CUES: dict[str, list[list[dict[str, Any]]]] = {
    "as_expert": [
        [
            {"LOWER": "as"},
            {"LOWER": {"IN": ["a", "an"]}},
            {"IS_ALPHA": True, "OP": "{0,3}"},
            {"LOWER": {"IN": ["analyst", "expert"]}},
        ]
    ],
    "experts_say": [[{"LOWER": {"IN": ["experts", "analysts"]}}, {"LEMMA": {"IN": ["say", "warn"]}}]],
    "reports_from": [
        [
            {"LOWER": {"IN": ["reports", "report"]}},
            {"LOWER": "from"},
            {"IS_SENT_START": False, "OP": "{0,6}"},
            {"LOWER": {"IN": ["agencies", "sources"]}},
        ]
    ],
    "this_growth": [[{"LOWER": "this", "IS_SENT_START": True}, {"LOWER": "growth"}, {"ORTH": ","}]],
}
TEXTS = [
    "As a seasoned foreign policy analyst put it, experts say the talks failed. Experts warned again.",
    "Reports from several Western intelligence agencies and a report from sources close to the army agree.",
    "This growth, analysts said, was fast. But this growth , they added, slowed. As an expert",
    "As a very very very very long winded analyst said, nothing matched here.",  # 4 words in the gap: no match
    "Nothing here matches at all.",
    "as",
    "",
]


def _pair(base: Language, greedy: str | None) -> tuple[Matcher, WindowMatcher]:
    plain, windows = Matcher(base.vocab), WindowMatcher(base.vocab)
    for key, patterns in CUES.items():
        plain.add(key, patterns, greedy=greedy)
        windows.add(key, patterns, greedy=greedy)
    return plain, windows


@pytest.mark.parametrize("greedy", [None, "LONGEST"])
@pytest.mark.parametrize("text", TEXTS)
def test_window_matcher_gives_the_matchers_matches_in_its_order(base: Language, text: str, greedy: str | None) -> None:
    plain, windows = _pair(base, greedy)
    assert windows.windows and windows.width == 1 + 1 + 6 + 1
    doc = base(text)
    assert windows(doc) == list(plain(doc))


def test_window_matcher_finds_the_cues_and_respects_the_gap_bound(base: Language) -> None:
    _, windows = _pair(base, "LONGEST")
    doc = base(" ".join(TEXTS[:4]))
    found = {(base.vocab.strings[k], doc[s:e].text) for k, s, e in windows(doc)}
    assert ("as_expert", "As a seasoned foreign policy analyst") in found
    assert ("experts_say", "Experts warned") in found  # a LEMMA element, read from the Doc's own tokens
    assert ("reports_from", "Reports from several Western intelligence agencies") in found
    assert not any(text.startswith("As a very") for _, text in found)


def test_window_matcher_merges_overlapping_windows(base: Language) -> None:
    _, windows = _pair(base, None)
    doc = base.make_doc("as as x as y z w v u t s r q p")
    assert windows.spans(doc) == [(0, min(len(doc), 3 + windows.width))]


def test_window_matcher_runs_the_plain_matcher_for_other_patterns(base: Language) -> None:
    cases: list[list[dict[str, Any]]] = [
        [{"LOWER": "war", "OP": "?"}, {"LOWER": "crimes"}],  # an operator on the first element
        [{"LEMMA": "war"}, {"LOWER": "crimes"}],  # no LOWER word first
        [{"LOWER": "war"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "crimes"}],  # an unbounded gap
    ]
    for pattern in cases:
        plain, windows = Matcher(base.vocab), WindowMatcher(base.vocab)
        plain.add("k", [pattern])
        windows.add("k", [pattern])
        assert not windows.windows
        doc = base("War crimes and war and more crimes.")
        assert windows(doc) == list(plain(doc))


def test_window_matcher_on_an_unparsed_doc_does_what_the_matcher_does(base: Language) -> None:
    plain, windows = _pair(base, None)
    doc = base.make_doc("Experts say: as a rule, reports from the sources differ.")  # no tags, no lemmas
    try:
        expected: object = list(plain(doc))
    except ValueError as exc:  # the Matcher says which annotation is missing
        expected = type(exc)
    try:
        got: object = windows(doc)
    except ValueError as exc:
        got = type(exc)
    assert got == expected


@pytest.mark.parametrize(("op", "top"), [(None, 1), ("?", 1), ("!", 1), ("{3}", 3), ("{0,6}", 6), ("{,2}", 2)])
def test_max_repeats_bounded(op: str | None, top: int) -> None:
    assert _max_repeats(op) == top


@pytest.mark.parametrize("op", ["*", "+", "{2,}"])
def test_max_repeats_unbounded(op: str) -> None:
    assert _max_repeats(op) is None


def test_phrase_runs_start_at_a_first_word(base: Language) -> None:
    runs = PhraseRunMatcher(base.vocab)
    runs.add("k", [[{"LOWER": "kyiv"}, {"LOWER": "regime"}]])
    doc = base.make_doc("the regime regime Kyiv regime said regime")
    assert runs.runs(doc) == [(3, 5)]  # "regime regime" before "Kyiv" cannot be in a match


# -- title_case_parse: the headline re-parse skips the entity recogniser ------------------------------------------
def test_headline_reparse_skips_only_the_entity_recogniser_and_copies_the_same(base: Language) -> None:
    import numpy

    from detente.ingest.segment import split_sentences
    from detente.nlp import title_case
    from detente.nlp.pipeline import make_doc
    from detente.nlp.title_case import COPIED, TitleCaseParse

    stage = TitleCaseParse(base)  # not added to base: its upstream is the whole model
    names = [name for name, _ in stage._upstream()]
    assert "ner" in base.pipe_names and "ner" not in names and {"tagger", "parser", "lemmatizer"} <= set(names)
    # constructed title-case headlines over a body that writes the same words in lower case
    text = (
        "Ghana Signs Three Fishing Deals With Togo\n"
        "Officials in Accra said the fishing deals were signed after talks on the border. "
        "Both governments expect more deals and talks next year."
    )
    doc = base(make_doc(base, text, None, [start for start, _ in split_sentences(text)]))  # the headline: one line
    lines = stage._sentence_case_lines(doc)
    assert lines  # the headline is re-parsed at all
    skipped = stage._reparse(lines)
    original = title_case.ENTITY_ONLY
    try:
        title_case.ENTITY_ONLY = frozenset()
        with_ner = stage._reparse(lines)
    finally:
        title_case.ENTITY_ONLY = original
    for a, b in zip(skipped, with_ner, strict=True):
        assert numpy.array_equal(a.to_array(COPIED), b.to_array(COPIED))


def test_phrase_runs_too_short_for_any_pattern_are_cut(base: Language) -> None:
    runs, plain = PhraseRunMatcher(base.vocab), Matcher(base.vocab)
    patterns: dict[str, list[list[dict[str, Any]]]] = {
        "two": [[{"LOWER": "kyiv"}, {"IS_SPACE": True, "OP": "*"}, {"LOWER": "regime"}]],
        "one": [[{"LOWER": "vassal"}, {"LOWER": "state", "OP": "?"}]],
    }
    for key, pats in patterns.items():
        runs.add(key, pats)
        plain.add(key, pats, greedy="LONGEST")
    assert runs.need[LOWER][base.vocab.strings["kyiv"]] == 2 and runs.need[LOWER][base.vocab.strings["vassal"]] == 1
    doc = base.make_doc("Kyiv said. The regime Kyiv. A vassal state, a vassal. Kyiv \n regime!")
    # "Kyiv" alone (twice) cannot hold a two-word match; "vassal" alone can hold the one-word one
    assert runs.runs(doc) == [(8, 10), (12, 13), (14, 17)]
    assert runs(doc) == list(plain(doc))
