"""Issue 14, session 16, repair10: the split-word rejoin of events rule 52c is done by the parse-repair stage, not
by the event coder, and that stage owns its data the spaCy way.

- ``parse_repair`` (before: ``stranded_object_repair``) repairs the stranded objects (rule 46a) and rejoins words
  the tokenizer split at a hyphen (rule 52c), with the table of its own data file ``data/events/parse_repair.yml``;
  the event lexicon no longer has the table (one definition, loaded in one place).
- The file is loaded by ``from_disk`` (or the ``data_path`` of the component's config), written by ``to_disk``
  and read back by ``spacy.load``; a malformed file fails to load naming the file and the key.
- In a pipeline the coder reads the lemmas the component wrote (a component given an empty table leaves
  "cease-fire" unread, whatever the coder's lexicon); an ``EventCoder`` run on its own still rejoins, once.

Every sentence is our own construction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.event_coder import EventCoder
from detente.nlp.events.lexicon import DEFAULT_PATTERNS, TriggerLexicon
from detente.nlp.events.parse_repair import (
    DEFAULT_DATA,
    NAME,
    REPAIRED_KEY,
    ParseRepair,
    RepairData,
    packaged_data,
    repair_once,
)
from detente.nlp.lexicons import LexiconError
from detente.nlp.pipeline import build_pipeline

from .event_actors import code
from .event_sentences import asserted, before_stage

TRUCE = "Georgia announced a cease-fire with Armenia ."
TRUCE_EVENT = ("GEO", "ARM", "0871")


def rules_pipeline(repair_data: Path | None = None) -> Language:
    """The resolver, the repair and the coder (learned layer off); ``repair_data`` the repair's data file."""
    config: dict[str, dict[str, Any]] = {"event_coder": {"learned": False}}
    if repair_data is not None:
        config[NAME] = {"data_path": str(repair_data)}
    return build_pipeline(stages=("actor_resolver", "event_coder"), config=config)


def write_data(path: Path, split_words: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump({"split_words": split_words}), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def unjoined(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The rules pipeline whose repair has an empty split-word table."""
    return rules_pipeline(write_data(tmp_path_factory.mktemp("repair") / "parse_repair.yml", {}))


# -- one definition: the component's data file ----------------------------------------------------------------


def test_the_table_is_the_repair_components_data_only(rules_nlp: Language) -> None:
    raw = yaml.safe_load(DEFAULT_DATA.read_text(encoding="utf-8"))["split_words"]
    repair = rules_nlp.get_pipe(NAME)
    assert isinstance(repair, ParseRepair)
    assert repair.data == packaged_data()
    assert dict(repair.data.split_words) == {tuple(k.split("-")): v for k, v in raw.items()}
    assert repair.data.split_words[("cease", "fire")] == "ceasefire"
    # the event lexicon neither reads nor accepts it any more
    assert "split_words" not in yaml.safe_load(DEFAULT_PATTERNS.read_text(encoding="utf-8"))
    assert not hasattr(TriggerLexicon(), "split_words")


# -- the component rejoins, the coder reads what it wrote -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRUCE, {TRUCE_EVENT}),
        ("Peru sent peace-keepers to Haiti .", {("PER", "HTI", "074")}),
    ],
)
def test_the_pipeline_codes_split_words_through_the_repair(
    rules_nlp: Language, unjoined: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
    # with an empty table in the repair's data the coder, which has no table of its own, does not rejoin
    assert asserted(unjoined, text) != expected


def _before_repair(rules_nlp: Language, text: str) -> Doc:
    """``text`` run through the stages before the repair."""
    return before_stage(rules_nlp, text, NAME)


def test_the_component_rewrites_the_lemma_of_documents_with_actors(rules_nlp: Language) -> None:
    repair = rules_nlp.get_pipe(NAME)
    doc = _before_repair(rules_nlp, TRUCE)
    fire = next(t for t in doc if t.lower_ == "fire")
    assert fire.lemma_ == "fire"
    repair(doc)
    assert fire.lemma_ == "ceasefire" and doc.user_data[REPAIRED_KEY]
    without = _before_repair(rules_nlp, TRUCE)
    without.spans["actors"] = []
    repair(without)
    assert next(t for t in without if t.lower_ == "fire").lemma_ == "fire"
    assert REPAIRED_KEY not in without.user_data


# -- a coder on its own ---------------------------------------------------------------------------------------


def test_a_coder_on_its_own_rejoins_once(base: Language, coder: EventCoder) -> None:
    actors = {"Georgia": "GEO", "Armenia": "ARM"}
    events = code(base, coder, TRUCE, actors)
    assert {(e["source"], e["target"], e["cameo"]) for e in events} == {TRUCE_EVENT}
    doc = base(TRUCE)
    repair_once(doc)
    fire = next(t for t in doc if t.lower_ == "fire")
    assert fire.lemma_ == "ceasefire" and doc.user_data[REPAIRED_KEY]
    fire.lemma_ = "fire"
    repair_once(doc)  # marked repaired: nothing is read or rewritten again
    assert fire.lemma_ == "fire"


# -- serialization ---------------------------------------------------------------------------------------------


def test_a_saved_pipeline_keeps_the_repairs_own_table(tmp_path: Path) -> None:
    custom = write_data(tmp_path / "custom.yml", {"Cease-Fire": "ceasefire"})  # one entry, written in capitals
    rules_nlp = rules_pipeline(custom)
    rules_nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / NAME / DEFAULT_DATA.name
    assert saved.read_text(encoding="utf-8") == custom.read_text(encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == rules_nlp.pipe_names
    repair = loaded.get_pipe(NAME)
    assert isinstance(repair, ParseRepair)
    assert dict(repair.data.split_words) == {("cease", "fire"): "ceasefire"}
    assert repair.data.source == saved
    assert asserted(loaded, TRUCE) == asserted(rules_nlp, TRUCE) == {TRUCE_EVENT}
    assert asserted(loaded, "Peru sent peace-keepers to Haiti .") != {("PER", "HTI", "074")}  # not in its table


def test_from_disk_reads_the_folder_to_disk_wrote(tmp_path: Path) -> None:
    repair = ParseRepair(spacy.blank("en"))
    repair.to_disk(tmp_path / "out")
    again = ParseRepair(spacy.blank("en"), data_path=str(write_data(tmp_path / "empty.yml", {})))
    assert not again.data.split_words
    again.from_disk(tmp_path / "out")
    assert again.data.split_words == repair.data.split_words


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ({"split_wrds": {"cease-fire": "ceasefire"}}, "split_wrds: unknown key"),
        ({"split_words": {"cease-fire": 3}}, "split_words.cease-fire"),
        ({"split_words": ["cease-fire"]}, "split_words"),
        ({"split_words": {"ceasefire": "ceasefire"}}, "split_words.ceasefire: not two parts"),
        ({"split_words": {"a-b-c": "abc"}}, "split_words.a-b-c: not two parts"),
    ],
)
def test_a_malformed_data_file_names_the_file_and_the_key(tmp_path: Path, content: Any, key: str) -> None:
    path = tmp_path / "parse_repair.yml"
    path.write_text(yaml.safe_dump(content), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        RepairData.load(path)
    assert str(path) in str(err.value) and key in str(err.value)
    with pytest.raises(LexiconError):
        ParseRepair(spacy.blank("en"), data_path=str(path))
