"""Issue 14, session 15, repair9: the parse repair of events rule 46a is a pipeline component of its own, and the
word lists of the compositional actor rules are data (``data/actors/compose.yml``).

- the repair component (``parse_repair`` since repair10) sits right after ``actor_resolver`` and right before
  ``event_coder`` in every pipeline ``build_pipeline`` makes with the coder, saves and loads with the pipeline,
  and is what gives a call "on" a minister whose object the parser stranded its appeal reading; an
  ``EventCoder`` used on its own still repairs the document it codes, once.
- ``compose.yml`` is loaded with the codebook and read by the rules (a copy with words removed changes what they
  compose); a malformed copy fails to load with an error naming the file and the key.

Every sentence is our own construction.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.actor_compose import ComposeLexicon
from detente.nlp.codebook import ACTORS_DIR, Codebook
from detente.nlp.event_coder import EventCoder
from detente.nlp.events.parse_repair import NAME, REPAIRED_KEY, ParseRepair
from detente.nlp.lexicons import LexiconError
from detente.nlp.pipeline import build_pipeline, make_doc

from .event_actors import code
from .event_sentences import before_stage

# the small model parses "on" without its object in these (the minister is made the verb's direct object)
STRANDED_CALLS = (
    "Activists in Bolivia called on Health Minister Pedro Vargas to step down after the strike.",
    "Deputies from Chile's Socialist Party called on Economy Minister Maria Soto to resign over the fuel crisis.",
)


def events_of(rules_nlp: Language, text: str, *, skip_repair: bool = False) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the asserted events; ``skip_repair`` marks the document repaired before
    the pipeline runs, so that neither the component nor the coder touches its parse (the unrepaired reading)."""
    doc = make_doc(rules_nlp, text, published="2024-05-01")
    if skip_repair:
        doc.user_data[REPAIRED_KEY] = True
    events: list[dict[str, Any]] = rules_nlp(doc)._.events or []
    return {(e["source"], e["target"], e["cameo"]) for e in events if not e["negated"] and not e["hypothetical"]}


# -- (a) the component's place and its round trip --------------------------------------------------------------


def test_the_repair_sits_between_the_resolver_and_the_coder(rules_nlp: Language) -> None:
    names = rules_nlp.pipe_names
    at = names.index(NAME)
    assert names[at - 1 : at + 2] == ["actor_resolver", NAME, "event_coder"]
    assert names.count(NAME) == 1
    assert isinstance(rules_nlp.get_pipe(NAME), ParseRepair)


def test_only_pipelines_with_the_coder_get_the_repair() -> None:
    assert NAME not in build_pipeline(stages=("actor_resolver",)).pipe_names
    assert NAME not in build_pipeline(stages=()).pipe_names


def test_a_saved_pipeline_rebuilds_the_repair_from_its_factory(rules_nlp: Language, tmp_path: Path) -> None:
    rules_nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == rules_nlp.pipe_names
    assert loaded.config["components"][NAME]["factory"] == NAME
    assert isinstance(loaded.get_pipe(NAME), ParseRepair)
    for text in STRANDED_CALLS:
        assert events_of(loaded, text) == events_of(rules_nlp, text)


# -- (b) the repair still gives the event through build_pipeline -------------------------------------------------


@pytest.mark.parametrize("text", STRANDED_CALLS)
def test_a_call_on_a_minister_with_a_stranded_preposition_is_an_appeal(rules_nlp: Language, text: str) -> None:
    repaired = events_of(rules_nlp, text)
    assert {c[:2] for _, _, c in repaired} == {"02"}
    # the unrepaired parse reads "called" without "on": a phone call (041), so the repair is what codes it
    assert any(c.startswith("04") for _, _, c in events_of(rules_nlp, text, skip_repair=True))


def _before_repair(rules_nlp: Language, text: str) -> Doc:
    """``text`` run through the stages before the repair."""
    return before_stage(rules_nlp, text, NAME)


def test_the_component_repairs_documents_with_actors_once(rules_nlp: Language) -> None:
    repair = rules_nlp.get_pipe(NAME)
    with_actors = _before_repair(rules_nlp, STRANDED_CALLS[0])
    on = next(t for t in with_actors if t.lower_ == "on")
    assert not list(on.children)
    repair(with_actors)
    assert [c.dep_ for c in on.children] == ["pobj"] and with_actors.user_data[REPAIRED_KEY]
    # documents without actor mentions keep the model's parse (later stages read it as before the component)
    without = _before_repair(rules_nlp, STRANDED_CALLS[0])
    without.spans["actors"] = []
    before = [(t.dep_, t.head.i) for t in without]
    repair(without)
    assert [(t.dep_, t.head.i) for t in without] == before and REPAIRED_KEY not in without.user_data


def test_a_coder_used_on_its_own_still_repairs_the_parse(base: Language, coder: EventCoder) -> None:
    text = STRANDED_CALLS[0]
    actors = {"Activists in Bolivia": "BOLOPP", "Health Minister Pedro Vargas": "BOLGOV"}
    events = code(base, coder, text, actors)
    assert {e["cameo"][:2] for e in events} == {"02"}


# -- (c) the compositional word lists are data -------------------------------------------------------------------


def test_the_word_lists_load_from_compose_yml() -> None:
    raw = yaml.safe_load((ACTORS_DIR / "compose.yml").read_text(encoding="utf-8"))
    words = ComposeLexicon.from_lists(Codebook.load(use_env=False).compose)
    assert words.company_descriptions == frozenset(raw["company_descriptions"])
    assert words.name_links == frozenset(raw["name_links"])
    assert words.state_nouns == frozenset(raw["state_nouns"])
    assert {"maker", "giant"} <= words.company_descriptions and "&" in words.name_links


def _actors_copy(folder: Path, edit: dict[str, Any]) -> Path:
    """A copy of the packaged actor data whose compose.yml has the keys of ``edit`` set to its values."""
    shutil.copytree(ACTORS_DIR, folder)
    data = yaml.safe_load((folder / "compose.yml").read_text(encoding="utf-8"))
    data.update(edit)
    (folder / "compose.yml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The resolver on a copy of the actor data without "maker" among the company nouns and with no state nouns."""
    raw = yaml.safe_load((ACTORS_DIR / "compose.yml").read_text(encoding="utf-8"))
    kept = [w for w in raw["company_descriptions"] if w != "maker"]
    folder = _actors_copy(
        tmp_path_factory.mktemp("actors") / "actors", {"company_descriptions": kept, "state_nouns": []}
    )
    return build_pipeline(stages=("actor_resolver",), config={"actor_resolver": {"data_path": str(folder)}})


def mentions(rules_nlp: Language, text: str) -> dict[str, str]:
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    return {m.text: m.label_ for m in doc.spans["actors"]}


def test_the_rules_read_the_loaded_lists(resolver: Language, trimmed: Language) -> None:
    company = "The Swedish truck maker Scania opened a plant in Brazil."
    assert mentions(resolver, company).get("Swedish truck maker Scania") == "SWEBUS"
    assert mentions(trimmed, company).get("Swedish") == "SWE"  # no company noun: the bare state, as before actors7
    former = "Envoys of the former Yugoslav republics met in Vienna."
    assert not any(code.startswith("SRB") for code in mentions(resolver, former).values())
    assert any(code.startswith("SRB") for code in mentions(trimmed, former).values())


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        ({"state_nuons": ["republic"]}, "state_nuons: unknown key"),
        ({"name_links": "of"}, "name_links"),
        ({"company_descriptions": [3]}, "company_descriptions.0"),
    ],
)
def test_a_malformed_compose_file_names_the_file_and_the_key(tmp_path: Path, edit: dict[str, Any], key: str) -> None:
    folder = _actors_copy(tmp_path / "actors", edit)
    with pytest.raises(LexiconError) as err:
        Codebook.load(use_env=False, base=folder)
    assert str(folder / "compose.yml") in str(err.value) and key in str(err.value)
