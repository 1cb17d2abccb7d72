"""Issue 13, session 21 (docs/architecture.md, ingest segmentation): a footnote mark right after a sentence end
("failed.[1] The", "failed. [2][3] The") ends the sentence it follows and stays with it; offsets are unchanged.

Texts are made up for the test.
"""

from __future__ import annotations

import pytest

from detente.ingest.document import prepare
from detente.ingest.readers import read_paths
from detente.ingest.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks failed.[1] The envoys left.", ["The talks failed.[1]", "The envoys left."]),
        ("The talks failed. [1] The envoys left.", ["The talks failed. [1]", "The envoys left."]),
        ("The talks failed.[12] The envoys left.", ["The talks failed.[12]", "The envoys left."]),
        ("The talks failed.[1][2] The envoys left.", ["The talks failed.[1][2]", "The envoys left."]),
        ('He said "no."[4] The envoys left.', ['He said "no."[4]', "The envoys left."]),
        # a mark inside a sentence, a lettered note, an abbreviation before the mark, a lower-case word after it
        ("See [1] above for the terms. The envoys left.", ["See [1] above for the terms.", "The envoys left."]),
        ("Figure 1. [a] shows the line. The envoys left.", ["Figure 1. [a] shows the line.", "The envoys left."]),
        ("The envoys left the U.S.[3] Then they returned.", ["The envoys left the U.S.[3] Then they returned."]),
        ("The envoys left.[3] and then returned.", ["The envoys left.[3] and then returned."]),
    ],
)
def test_footnote_mark_ends_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_ingest_offsets_trace_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting spread in May.[1] The ceasefire collapsed. [2] Aid stopped.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    doc = prepare(next(a for a in read_paths([tmp_path]) if not hasattr(a, "problem")))  # type: ignore[arg-type]
    assert [s.text for s in doc.sentences] == [
        "Fighting spread in May.[1]",
        "The ceasefire collapsed. [2]",
        "Aid stopped.",
    ]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
