"""Issue 13, session 20, causal36 (docs/causal.md round 45): a byte-order mark (U+FEFF) in any input text.

Files saved by Windows tools start with one. Ingest reads it as a space (cleaning.yml ``replace_chars``) and strips
it, offsets mapped to the raw text; text handed to the pipeline directly (``nlp(text)``, the CNC evaluation feed)
kept it glued to the first word ("\\ufeffAs" a proper noun, so the marker "As" was lost). ``model.load_model`` now
wraps the tokenizer (``BomFreeTokenizer``): a BOM is read as a space, one character for one, so every offset into
the Doc is the same offset into the raw input.

Sentences are made up for the test.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from spacy.language import Language

from detente.ingest.clean import clean
from detente.nlp.extensions import doc_text
from detente.nlp.model import BOM, BomFreeTokenizer, without_bom
from detente.nlp.pipeline import make_doc

SENTENCE = "As fuel prices rose sharply, truck drivers blocked the main highway."


def test_without_bom_keeps_every_offset() -> None:
    raw = BOM + "Prices rose.\n" + BOM + "Drivers struck."
    read = without_bom(raw)
    assert BOM not in read
    assert len(read) == len(raw)
    assert read[1:13] == raw[1:13] == "Prices rose."
    assert without_bom(SENTENCE) is SENTENCE  # no copy when there is nothing to read


def test_the_tokenizer_reads_a_bom_as_a_space(parse: Language) -> None:
    assert isinstance(parse.tokenizer, BomFreeTokenizer)
    doc = parse(BOM + SENTENCE)
    assert doc[0].is_space
    assert doc[1].text == "As"
    assert doc[1].dep_ == "mark"  # the subordinator, not a proper noun with a BOM glued on
    assert len(doc.text) == len(BOM + SENTENCE)
    piped = list(parse.pipe([BOM + SENTENCE, SENTENCE]))
    assert [t.text for t in piped[0]][1:] == [t.text for t in piped[1]]


def test_a_bom_inside_a_text_is_no_part_of_a_word(parse: Language) -> None:
    doc = parse("Drivers struck." + "\n" + BOM + "Fuel prices rose.")
    assert all(BOM not in t.text for t in doc)
    assert any(t.text == "Fuel" for t in doc)


def test_the_causal_stage_reads_the_marker_after_a_bom(linear_causal: Language) -> None:
    raw = BOM + SENTENCE
    plain = linear_causal(SENTENCE)._.causal
    claims = linear_causal(raw)._.causal
    assert plain and claims
    assert claims[0]["signal"] == plain[0]["signal"] == "As"
    # offsets slice the raw input exactly: one past the plain sentence's, the BOM being one raw character
    assert raw[claims[0]["cause_start"] : claims[0]["cause_end"]] == claims[0]["cause"]
    assert raw[claims[0]["effect_start"] : claims[0]["effect_end"]] == claims[0]["effect"]
    assert claims[0]["cause_start"] == plain[0]["cause_start"] + 1
    assert (claims[0]["cause"], claims[0]["effect"]) == (plain[0]["cause"], plain[0]["effect"])


def test_make_doc_keeps_the_text_the_tokenizer_read(parse: Language) -> None:
    doc = make_doc(parse, BOM + SENTENCE)
    assert doc_text(doc) == doc.text == " " + SENTENCE


def test_ingest_strips_a_bom_and_maps_offsets_to_the_raw_text() -> None:
    raw = BOM + SENTENCE + "\n" + BOM + "Drivers struck again."
    mapped = clean(raw)
    assert BOM not in mapped.text
    assert mapped.text.startswith("As fuel")
    assert mapped.raw_span(0, 2) == (1, 3)  # "As" is raw characters 1-2: the BOM is raw character 0
    second = mapped.text.index("Drivers struck again")
    s, e = mapped.raw_span(second, second + 7)
    assert raw[s:e] == "Drivers"


def test_the_wrapped_tokenizer_pickles_and_serializes(parse: Language, tmp_path: Path) -> None:
    # nlp.pipe(n_process > 1) pickles the pipeline; nlp.to_disk writes the tokenizer through the wrapper
    copy = pickle.loads(pickle.dumps(parse.tokenizer))
    assert [t.text for t in copy(BOM + "Prices rose.")] == [" ", "Prices", "rose", "."]
    parse.tokenizer.to_disk(tmp_path / "tokenizer", exclude=["vocab"])
    assert (tmp_path / "tokenizer").exists()
