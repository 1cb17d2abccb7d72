"""Our spaCy components save and load like spaCy's own, and their lexicons are checked when loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml
from spacy.language import Language

from detente.api.ingest import code_documents
from detente.nlp.actor_resolver import ActorResolver
from detente.nlp.causal_extractor import CAUSAL_DIR, CausalExtractor
from detente.nlp.component import DataComponent
from detente.nlp.event_coder import DEFAULT_PATTERNS, EventCoder
from detente.nlp.framing_tagger import FRAMING_DIR, FramingTagger
from detente.nlp.lexicons import LexiconError
from detente.nlp.pipeline import STAGES

COMPONENTS = (ActorResolver, EventCoder, CausalExtractor, FramingTagger)


def test_every_stage_is_a_data_component(nlp: Language) -> None:
    assert all(issubclass(c, DataComponent) for c in COMPONENTS)
    assert [n for n in nlp.pipe_names if n in STAGES] == list(STAGES)


def test_a_saved_pipeline_loads_with_spacy_load_and_codes_the_seeds_alike(
    nlp: Language, seeds_dir: Path, tmp_path: Path
) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    for stage in STAGES:  # each stage wrote its data files
        assert any((tmp_path / "pipeline" / stage).iterdir()), stage
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    docs = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(seeds_dir.glob("*.txt"))]
    before = code_documents(docs, nlp=nlp)
    after = code_documents(docs, nlp=loaded)
    assert sum(len(d["events"]) for d in before) > 10 and sum(len(d["causal"]) for d in before) > 10
    assert after == before


def test_a_saved_component_reads_its_own_copy(nlp: Language, tmp_path: Path) -> None:
    coder = nlp.get_pipe("event_coder")
    coder.to_disk(tmp_path / "ec")
    data = yaml.safe_load((tmp_path / "ec" / DEFAULT_PATTERNS.name).read_text(encoding="utf-8"))
    data["codes"]["042"] = {"verbs": ["hobnob"]}  # a made-up trigger only the copy knows
    (tmp_path / "ec" / DEFAULT_PATTERNS.name).write_text(yaml.safe_dump(data), encoding="utf-8")
    fresh = EventCoder(nlp, "event_coder").from_disk(tmp_path / "ec")
    assert fresh.lex.verbs.get("hobnob") == "042" and "hobnob" not in coder.lex.verbs


def _broken_copy(src: Path, dest: Path, edit: dict[str, object]) -> Path:
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    for dotted, value in edit.items():
        *parents, last = dotted.split(".")
        node = data
        for key in parents:
            node = node[key]
        node[last] = value
    dest.write_text(yaml.safe_dump(data), encoding="utf-8")
    return dest


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        ({"hedges.vebrs": ["say"]}, "hedges.vebrs: unknown key"),
        ({"negators.words": "not"}, "negators.words"),
        ({"wrappers.reject.code": 120}, "wrappers.reject.code"),
    ],
)
def test_a_mistyped_event_lexicon_names_file_and_key(
    nlp: Language, tmp_path: Path, edit: dict[str, object], key: str
) -> None:
    bad = _broken_copy(DEFAULT_PATTERNS, tmp_path / "event_patterns.yml", edit)
    with pytest.raises(LexiconError) as err:
        EventCoder(nlp, "event_coder", str(bad))
    assert str(bad) in str(err.value) and key in str(err.value)


def test_a_mistyped_causal_lexicon_names_file_and_key(nlp: Language, tmp_path: Path) -> None:
    folder = tmp_path / "causal"
    folder.mkdir()
    for f in CAUSAL_DIR.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    _broken_copy(CAUSAL_DIR / "markers.yml", folder / "markers.yml", {"conectives": ["because"]})
    with pytest.raises(LexiconError, match=r"markers\.yml: conectives: unknown key"):
        CausalExtractor(nlp, "causal_extractor", str(folder), scorer="linear")


def test_a_mistyped_framing_lexicon_names_file_and_key(nlp: Language, tmp_path: Path) -> None:
    folder = tmp_path / "framing"
    folder.mkdir()
    for f in FRAMING_DIR.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    _broken_copy(FRAMING_DIR / "quality.yml", folder / "quality.yml", {"debris": [{"regexp": "x", "note": "y"}]})
    with pytest.raises(LexiconError, match=r"quality\.yml: .*debris\.0\.regexp: unknown key"):
        FramingTagger(nlp, "framing_tagger", str(folder))


def test_a_mistyped_codebook_entry_names_file_line_and_key(tmp_path: Path) -> None:
    from detente.nlp.codebook import Codebook

    user = tmp_path / "mine.jsonl"
    user.write_text(
        '{"code": "RUSBUS", "names": ["Gazprom"]}\n{"code": "RUSBUS", "alises": ["Gazprom PJSC"]}\n', encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"mine\.jsonl:2: alises: unknown key"):
        Codebook.load([user], use_env=False)
    roles = tmp_path / "roles.yml"
    roles.write_text("GOV: minister\n", encoding="utf-8")  # a string where a list of nouns belongs
    with pytest.raises(LexiconError, match=r"roles\.yml: roles\.GOV"):
        Codebook.load([roles], use_env=False)


def test_doc_text_is_read_back_from_make_doc_not_rebuilt(nlp: Language) -> None:
    """``make_doc`` keeps the text it was given; ``doc_text`` returns that very string (what ``doc.text`` would
    rebuild from the tokens), and falls back to ``doc.text`` when the kept text is not this Doc's."""
    from detente.nlp.extensions import TEXT_KEY, doc_text
    from detente.nlp.pipeline import make_doc, run

    text = "The U.S.  and Russia met in Geneva.\n\nTalks resumed on Tuesday; Moscow's envoy left."
    doc = make_doc(nlp, text, None, [0, 37])
    assert doc_text(doc) is doc.user_data[TEXT_KEY] and doc_text(doc) == doc.text == text
    (coded,) = run(nlp, [(text, None, [0, 37])])
    assert doc_text(coded) == coded.text == text, "the stages (retokenizing included) keep the text"
    doc.user_data[TEXT_KEY] = text[:-1]
    assert doc_text(doc) == text, "a kept text of another length is ignored"
    assert doc_text(nlp("Plain call.")) == "Plain call."
