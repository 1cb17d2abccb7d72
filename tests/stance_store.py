"""A hand-built store for the stance tests: documents whose sentences and actor mentions are written straight into
the tables, so a test states exactly which mention the stance code sees (shared by tests/test_stance_claims.py and
tests/test_stance1_place_modifiers.py)."""

from __future__ import annotations

import json

import duckdb


def add_doc(
    con: duckdb.DuckDBPyConnection,
    doc_id: str,
    sentences: list[str],
    names: dict[str, tuple[str, str]],
    *,
    source: str = "Src",
    duplicate_of: str | None = None,
) -> None:
    """A document of ``sentences`` (joined by one space) that mentions each of ``names`` (surface form -> (actor
    code, how it was resolved)) wherever the form occurs."""
    text = " ".join(sentences)
    con.execute(
        "INSERT INTO documents (id, source, raw_text, clean_text, offset_map, content_hash, duplicate_of, words) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [doc_id, source, text, text, json.dumps([[0, 0, len(text)]]), f"h-{doc_id}", duplicate_of, len(text.split())],
    )
    pos = 0
    for idx, sent in enumerate(sentences):
        con.execute(
            'INSERT INTO sentences (doc_id, idx, start, "end", clean_start, clean_end, text) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [doc_id, idx, pos, pos + len(sent), pos, pos + len(sent), sent],
        )
        for name, (code, how) in names.items():
            at = sent.find(name)
            while at >= 0:
                con.execute(
                    'INSERT INTO mentions (doc_id, sentence_idx, start, "end", text, actor_code, how) '
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [doc_id, idx, pos + at, pos + at + len(name), name, code, how],
                )
                at = sent.find(name, at + 1)
        pos += len(sent) + 1
