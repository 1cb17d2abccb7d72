"""One definition of ``event_patterns.yml``'s keys (issue 14, session 19, branch lexicon1).

The fields of ``TriggerLexicon`` name their places in the file; the schema that checks the file on load
(``EventPatterns``) is built from them and ``from_yaml`` reads them, so a new key is one line. These tests add a
key the way a rule round would (a subclass with one more field), break the file in the ways a hand edit does,
and compare the shipped lexicon with the places the hand-written reader used before (a frozen table below).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from detente.nlp.events.lexicon import (
    CONSTRUCTIONS,
    DEFAULT_PATTERNS,
    EventPatterns,
    TriggerLexicon,
    _code,
    _filled_beside,
    _sources,
    _words,
    schema_of,
)
from detente.nlp.lexicons import LexiconError


@dataclass
class _WithNewKeys(TriggerLexicon):
    """The lexicon with keys a new rule round might add: each is the one line below, nothing else."""

    drill_verbs: set[str] = _words(CONSTRUCTIONS)
    drill_code: str = _code(CONSTRUCTIONS, "138")
    rally_words: set[str] = _words("hedges", "rally", lower=True)
    truce_words: set[str] = _words("", "truce_words")  # a key at the top level


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")  # key order: first listing wins
    return path


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    data = yaml.safe_load(DEFAULT_PATTERNS.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def lex() -> TriggerLexicon:
    return TriggerLexicon.from_yaml(DEFAULT_PATTERNS)


def _section_keys(model: type[BaseModel]) -> dict[str, set[str]]:
    """Section -> its keys ("" the top level's word lists and tables)."""
    out: dict[str, set[str]] = {"": set()}
    for name, info in model.model_fields.items():
        kind = info.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            out[name] = set(kind.model_fields)
        else:
            out[""].add(name)
    return out


# -- the schema is the fields' places -------------------------------------------------------------------------


def test_every_key_of_the_schema_is_a_field_and_every_read_field_a_key() -> None:
    places: dict[str, set[str]] = {"": set()}
    for item, source in _sources(TriggerLexicon):
        places.setdefault(source.section, set()).add(source.key or item.name)
    assert _section_keys(EventPatterns) == places
    assert schema_of(TriggerLexicon) is EventPatterns  # built once a class


def test_a_field_with_no_place_is_filled_by_a_table_beside_it(lex: TriggerLexicon) -> None:
    beside = {item.name: place for item, place in _filled_beside(TriggerLexicon)}
    named = {name: f"wrappers.{name}" for name in ("intent", "threaten", "demand", "appeal", "reject")}
    assert beside == {"nouns": "codes", "adjs": "codes", "wrap_nouns": "wrappers", "wrap_adjs": "wrappers", **named}
    read = {item.name for item, _ in _sources(TriggerLexicon)}
    assert read | set(beside) == {item.name for item in dataclasses.fields(TriggerLexicon)}
    assert lex.nouns and lex.adjs and lex.wrap_nouns
    for name, place in named.items():
        wrapper = getattr(lex, name)
        assert wrapper is not None and wrapper.name == place.split(".")[1]


def test_a_field_declared_without_a_place_is_refused() -> None:
    @dataclass
    class OldWay(TriggerLexicon):
        drill_verbs: set[str] = dataclasses.field(default_factory=set)

    with pytest.raises(TypeError, match=r"OldWay\.drill_verbs: no place in event_patterns\.yml"):
        schema_of(OldWay)


def test_two_fields_on_one_place_are_refused() -> None:
    @dataclass
    class Twice(TriggerLexicon):
        light_verbs_again: set[str] = _words(CONSTRUCTIONS, "light_verbs")

    with pytest.raises(TypeError, match=r"Twice\.light_verbs_again: constructions\.light_verbs read twice"):
        schema_of(Twice)


# -- a new key is one line ------------------------------------------------------------------------------------


def test_a_new_key_is_checked_and_reaches_the_lexicon(tmp_path: Path, shipped: dict[str, Any]) -> None:
    data = yaml.safe_load(yaml.safe_dump(shipped, sort_keys=False))
    data[CONSTRUCTIONS]["drill_verbs"] = ["rehearse", "stage"]
    data["hedges"]["rally"] = ["Perhaps"]
    data["truce_words"] = ["lull"]
    path = _write(tmp_path / "event_patterns.yml", data)
    new = _WithNewKeys.from_yaml(path)
    assert isinstance(new, _WithNewKeys)
    assert new.drill_verbs == {"rehearse", "stage"} and new.truce_words == {"lull"}
    assert new.rally_words == {"perhaps"}  # lower=True
    assert new.drill_code == "138"  # the default where the file leaves the code out
    old = TriggerLexicon.from_yaml(DEFAULT_PATTERNS)
    assert all(getattr(new, f.name) == getattr(old, f.name) for f in dataclasses.fields(TriggerLexicon))
    # the plain lexicon has no such keys: the same file is refused, naming the file and each key
    with pytest.raises(LexiconError) as err:
        TriggerLexicon.from_yaml(path)
    message = str(err.value)
    assert str(path) in message
    assert "constructions.drill_verbs: unknown key" in message and "hedges.rally: unknown key" in message
    assert "truce_words: unknown key" in message


def test_a_new_key_has_its_type_checked(tmp_path: Path) -> None:
    path = _write(tmp_path / "patterns.yml", {CONSTRUCTIONS: {"drill_code": 138, "drill_verbs": "stage"}})
    with pytest.raises(LexiconError) as err:
        _WithNewKeys.from_yaml(path)
    assert str(path) in str(err.value)
    assert "constructions.drill_code" in str(err.value) and "constructions.drill_verbs" in str(err.value)


def test_a_file_leaving_keys_out_gets_the_defaults(tmp_path: Path) -> None:
    new = _WithNewKeys.from_yaml(_write(tmp_path / "patterns.yml", {CONSTRUCTIONS: {"drill_code": "1383"}}))
    assert new.drill_code == "1383" and new.drill_verbs == set()
    assert new.aimed_code == "190" and new.accusation_code == "112" and new.posture_code == "150"
    assert new.agent_preps == {"by"}  # the by-phrase agent, the one list with a default of words
    assert new.verbs == {} and new.light_verbs == set() and new.plan is None


# -- a bad key names the file ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        ({"constructionz": {}}, "constructionz: unknown key"),
        ({CONSTRUCTIONS: {"light_verbz": ["make"]}}, "constructions.light_verbz: unknown key"),
        ({"force_posture": {"posture_cod": "150"}}, "force_posture.posture_cod: unknown key"),
        ({CONSTRUCTIONS: {"aimed_code": 190}}, "constructions.aimed_code"),
        ({"targets": {"preps": "against"}}, "targets.preps"),
        ({"needs_object": {"give": 1}}, "needs_object"),
        ({"codes": {"042": {"verbz": ["visit"]}}}, "codes.042.verbz: unknown key"),
    ],
)
def test_a_bad_key_or_value_names_the_file_and_the_key(tmp_path: Path, edit: dict[str, Any], key: str) -> None:
    path = _write(tmp_path / "event_patterns.yml", edit)
    with pytest.raises(LexiconError) as err:
        TriggerLexicon.from_yaml(path)
    assert str(err.value).startswith(f"{path}: ") and key in str(err.value)


# -- the shipped file reads as it did -------------------------------------------------------------------------

# Frozen from the hand-written reader this branch replaced: field = section.key of every word list and code outside
# `constructions` (whose keys were the fields' own names). A name here that is gone, or read from elsewhere, fails.
BEFORE = (
    "recip_verbs=reciprocal.verbs recip_nouns=reciprocal.nouns preps=targets.preps weak_preps=targets.weak_preps "
    "agent_preps=targets.agent_preps modals=hedges.modals intent_modals=hedges.intent_modals hedge_verbs=hedges.verbs "
    "hedge_adjs=hedges.adjs hedge_marks=hedges.marks neg_words=negators.words neg_verbs=negators.verbs "
    "want_verbs=demands.want_verbs would_want_verbs=demands.would_want_verbs need_verbs=demands.need_verbs "
    "speech_verbs=demands.speech_verbs demand_words=demands.demand_words obligation_modals=demands.obligation_modals "
    "speaker_verbs=speakers.verbs speaker_pronouns=speakers.pronouns needs_object=needs_object "
    "needs_no_object=needs_no_object realis_nouns=hedges.realis_nouns hedge_nouns=hedges.nouns "
    "stative_passives=stative_passives mutual_objects=reciprocal.mutual_objects "
    "directed_roots=reciprocal.directed_roots mutual_codes=reciprocal.mutual_codes topic_preps=targets.topic_preps "
    "topic_roots=targets.topic_roots example_preps=targets.example_preps standing_nouns=standing.nouns "
    "one_way_roots=reciprocal.one_way_roots making_verbs=standing.making_verbs topic_adjs=topic_adjs "
    "envoy_nouns=envoy_nouns temporal_preps=temporal_preps event_heads=event_heads judgement_verbs=judgement_verbs "
    "transfer_nonobjects=transfer_nonobjects quantity_nouns=quantity_nouns talk_topic_preps=talk_topic_preps "
    "hedge_noun_adjs=hedges.noun_adjs postpone_verbs=hedges.postpone_verbs plan_verbs=intent_statements.plan_verbs "
    "plan_nouns=intent_statements.plan_nouns plan_preps=intent_statements.plan_preps "
    "first_person_objects=pronoun_objects.quote_objects troop_offer_code=intent_statements.troop_offer_code "
    "deliberation_code=intent_statements.deliberation_code participle_objects=pronoun_objects.participle_objects "
    "quote_possessives=pronoun_objects.quote_possessives exercise_nouns=force_posture.exercise_nouns "
    "posture_preps=force_posture.posture_preps airspace_nouns=force_posture.airspace_nouns "
    "incursion_verbs=force_posture.incursion_verbs incursion_nouns=force_posture.incursion_nouns "
    "posture_code=force_posture.posture_code incursion_code=force_posture.incursion_code "
    "move_verbs=force_posture.move_verbs moved_forces=force_posture.moved_forces "
    "approach_words=force_posture.approach_words force_senders=force_posture.force_senders "
    "command_verbs=force_posture.command_verbs ordered_own_codes=force_posture.ordered_own_codes "
    "report_verbs=claims.report_verbs culprit_preps=claims.culprit_preps culprit_words=claims.culprit_words "
    "incident_nouns=claims.incident_nouns hedged_claim_verbs=claims.hedged_claim_verbs "
    "culpable_verbs=claims.culpable_verbs claim_nouns=claims.claim_nouns falsity_words=claims.falsity_words "
    "claim_owner_preps=claims.claim_owner_preps accuser_preps=claims.accuser_preps "
    "accusation_code=claims.accusation_code false_claim_code=claims.false_claim_code "
    "wish_verbs=intent_statements.wish_verbs wish_roots=intent_statements.wish_roots "
    "wish_nouns=intent_statements.wish_nouns wish_noun_preps=intent_statements.wish_noun_preps "
    "deliberation_verbs=intent_statements.deliberation_verbs"
)
# the sections and tables of the file when the schema was written twice (a removed one fails; new ones may come)
SECTIONS = (
    "codes phrases noun_compounds lemma_fixes wrappers reciprocal domains targets hedges negators demands claims "
    "speakers standing constructions intent_statements pronoun_objects force_posture"
)


def _at(data: dict[str, Any], place: str) -> Any:
    section, _, key = place.rpartition(".")
    return (data.get(section) or {}).get(key) if section else data.get(key)


def test_the_shipped_lexicon_is_read_from_the_places_the_old_reader_used(
    lex: TriggerLexicon, shipped: dict[str, Any]
) -> None:
    sources = {item.name: source for item, source in _sources(TriggerLexicon)}
    for pair in BEFORE.split():
        name, place = pair.split("=")
        source = sources[name]
        assert f"{source.section}.{source.key or name}".lstrip(".") == place, name
        raw = _at(shipped, place)
        assert raw is not None, place  # each of them is in the shipped file
        if name.endswith("_code"):
            assert getattr(lex, name) == str(raw), name
        else:
            lower = place.startswith("claims.")  # the old reader lower-cased the claims words only
            assert getattr(lex, name) == {str(w).lower() if lower else str(w) for w in raw}, name
            assert getattr(lex, name), name


def test_every_construction_key_is_the_field_of_its_name(lex: TriggerLexicon, shipped: dict[str, Any]) -> None:
    sources = {item.name: source for item, source in _sources(TriggerLexicon)}
    constructions = shipped[CONSTRUCTIONS]
    assert len(constructions) > 150
    for key, value in constructions.items():
        source = sources[key]
        read = "code" if key.endswith("_code") else "words"
        assert (source.section, source.key, source.read, source.lower) == (CONSTRUCTIONS, "", read, False), key
        expected = str(value) if key.endswith("_code") else {str(w) for w in value or []}
        assert getattr(lex, key) == expected, key


def test_the_tables_read_by_their_own_lines_are_whole(lex: TriggerLexicon, shipped: dict[str, Any]) -> None:
    assert set(SECTIONS.split()) <= set(shipped) <= set(EventPatterns.model_fields)
    listed = {str(w).lower() for words in shipped["codes"].values() for w in (words or {}).get("verbs") or []}
    assert set(lex.verbs) == listed and len(lex.verbs) > 300
    pairs = [str(p).lower().split() for p in shipped["phrases"]]
    assert set(lex.phrases) == {(words[0], words[-1]) for words in pairs} and len(lex.phrases) > 100
    assert set(lex.wrap_verbs) == {w for spec in shipped["wrappers"].values() for w in spec.get("verbs", [])}
    assert lex.plan is not None and lex.plan.refine == {str(k): str(v) for k, v in _plan_refine(shipped).items()}
    assert lex.exercise_phrases and all(len(pair) == 2 for pair in lex.exercise_phrases)
    assert lex.domains and lex.lemma_fixes and lex.noun_compounds


def _plan_refine(data: dict[str, Any]) -> dict[str, Any]:
    refine = data["intent_statements"]["plan_refine"]
    assert isinstance(refine, dict)
    return refine
