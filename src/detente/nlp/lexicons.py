"""The shapes of our lexicon files, checked when a component loads them.

A mistyped key ("vebrs:") or a value of the wrong type used to be read past silently, and the component ran
without the words it was given. Each file is now validated against a model below (pydantic, unknown keys
forbidden; ``event_patterns.yml``'s is built in ``nlp/events/lexicon.py`` from the lexicon's fields) and a
problem is a :class:`LexiconError` naming the file and the key path, e.g.
``event_patterns.yml: hedges.vebrs: unknown key``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

Words = list[str]


class LexiconError(ValueError):
    """A lexicon file that does not have the expected shape; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def strict_model(title: str, doc: str | None, fields: dict[str, Any]) -> type[_Strict]:
    """A strict model (unknown keys forbidden, no coercion) of ``fields`` as ``pydantic.create_model`` takes
    them (a dict, so that a file's key may be any name, "words" too)."""
    return create_model(title, __base__=_Strict, __doc__=doc, **fields)


def word_lists(words: str) -> dict[str, Any]:
    """Each name in ``words`` (space-separated) an optional list of words, as ``strict_model`` takes fields."""
    return {key: (Words, Field(default_factory=list)) for key in words.split()}


def _model(title: str, doc: str | None = None, /, words: str = "", **fields: Any) -> type[_Strict]:
    """A strict model: each name in ``words`` (space-separated) an optional list of words, ``fields`` as
    ``pydantic.create_model`` takes them. Most of a lexicon is lists of words under keys of its own: written
    as names, not as a line per key, so the files' shapes read as what they are."""
    return strict_model(title, doc, {**word_lists(words), **fields})


def _section(name: str, words: str) -> Any:
    """A field holding a mapping of the keys in ``words`` to lists of words (any of them may be left out)."""
    return with_defaults(_model(name, words=words))


def with_defaults(model: type[_Strict]) -> Any:
    """A field holding ``model``, filled with its defaults when the file leaves it out."""
    return (model, Field(default_factory=model))


def _optional(kind: Any) -> Any:
    return (kind | None, None)


def keyed(kind: Any) -> Any:
    """A field mapping keys of the file's own choosing (CAMEO codes, verb lemmas, names) to values of ``kind``."""
    return (dict[str, kind], Field(default_factory=dict))


# ---------------------------------------------------------------------------------- event_patterns.yml

# The shape of this file is built from the fields of the lexicon it fills, ``TriggerLexicon``
# (``nlp/events/lexicon.py``: ``EventPatterns``), the one definition of its keys: each field names its place in the
# file, so a new key is one line there, admitted by the schema and read by ``from_yaml`` alike.


# ------------------------------------------------------------------------------------------ parse_repair.yml

ParseRepairData = _model(
    "ParseRepairData",
    "``data/events/parse_repair.yml``: the data of the ``parse_repair`` component (``docs/events.md`` rules 52c, 81,"
    " 91c, 97, 102b, 106c, 120a, 164, 179c, 195d, 206, 239, 282, 284, 297, 426b).",
    words="final_speaker_verbs headline_verbs dated_appeal_verbs day_words headline_subject_nouns infinitive_verbs"
    " infinitive_nouns headline_named_verbs headline_actor_object_verbs subjunctive_governors subjunctive_verbs"
    " truce_halt_nouns truce_halted_nouns truce_halt_modifiers text_participle_nouns affiliation_root_participles"
    " companion_preps co_prefixed_verbs state_keeping_verbs quote_speaker_verbs",
    split_words=keyed(str),
    past_verb_forms=keyed(str),
    agreement_names=keyed(str),
)


# ------------------------------------------------------------------------------------------ markers.yml

_CausalVerb = _model(
    "_CausalVerb",
    words="needs_prep needs_prt not_prts effect_preps effect_advmods not_objects",
    polarity=(Literal["+", "-"], ...),
    agent=(bool, False),
    prep=_optional(str | Words),
    needs_xcomp=(bool, False),
    reverse=(bool, False),
    speech_infinitive=(bool, False),
    not_person_objects=(bool, False),
    passes_to_xcomp=(bool, False),
)

CausalMarkers = _model(
    "CausalMarkers",
    "``data/causal/markers.yml`` (see ``docs/causal.md``).",
    words="connectives subordinators purpose forward concessive decrease_nouns hedges actor_subjects result_nouns "
    "cause_nouns impact_nouns pronouns reporting_verbs table_hedges non_causal_marks conditionals citing_sources "
    "emotion_words emotion_preps doer_nouns scene_connectives obstacle_nouns sequence_markers contention_words "
    "contention_target_preps contention_target_participles instrument_verbs time_or_reason_markers occasion_verbs "
    "later_event_marks linking_verbs effect_phrase_stops sequence_verbs reaction_object_verbs "
    "sequence_verb_not_objects sequence_preps since_count_words absolute_preps goal_nouns contention_act_preps "
    "attempt_heads event_relative_verbs "
    "feeling_agent_preps complement_nouns result_participles evidential_participles relation_participles lack_nouns "
    "complement_verbs question_marks actor_nouns intent_verbs aim_verbs prediction_heads stated_plan_nouns "
    "time_phase_verbs watching_verbs comparison_words request_verbs fronted_sequence_marks fronted_stance_verbs "
    "reason_phrase_preps no_purpose_nouns",
    verbs=keyed(_CausalVerb),
    extra_verbs=keyed(_CausalVerb),
    redirect_verbs=keyed(_CausalVerb),
    change_verbs=keyed(_CausalVerb),
    leave_result_verbs=keyed(_CausalVerb),
    means=_section("_Means", "preps verbs"),
    prep_causes=_section(
        "_PrepCauses",
        "preps any_object_preps verb_object_preps any_object_verbs event_nouns main_only_preps worry_preps worry_nouns"
        " purpose_guard_preps",
    ),
    table_roles=(dict[Literal["cause", "effect", "outcome"], Words], Field(default_factory=dict)),
    cause_end_stops=_section("_CauseEndStops", "relative time participle"),
)


# ------------------------------------------------------------------------------ framing: lexicon, quality


class _FramingEntry(_Strict):
    phrases: Words = Field(default_factory=list)
    pattern: list[dict[str, Any]] | None = None
    narrative: str | None = None
    technique: str | None = None
    note: str


class FramingLexicon(_Strict):
    """``data/framing/lexicon.yml``: a list of entries."""

    entries: list[_FramingEntry]


class _Pattern(_Strict):
    pattern: list[dict[str, Any]]
    original: str | None = None
    note: str | None = None


class _Debris(_Strict):
    regex: str
    note: str


FramingQuality = _model(
    "FramingQuality",
    "``data/framing/quality.yml``.",
    words="lowercase_names its_followers lowercase_start_ok source_cues",
    spinner=(list[_Pattern], Field(default_factory=list)),
    anonymous_authority=(list[_Pattern], Field(default_factory=list)),
    debris=(list[_Debris], Field(default_factory=list)),
)


# ------------------------------------------------------------------------------------------ actors codebook

CodebookEntry = _model(
    "CodebookEntry",
    "One line of ``data/actors/*.jsonl`` (see ``docs/actors.md``).",
    words="names aliases titles metonyms capitals demonyms cased",
    code=(str, ...),
    kind=(str, "country"),
    # a place name other countries hold too: {"Tripoli": ["LBN"]} (the readings the document's countries choose)
    shared=_optional(dict[str, Words]),
    **{key: _optional(str) for key in ("name", "role", "valid_from", "valid_to", "gender")},
)

Anaphora = _model(
    "Anaphora",
    "``data/actors/anaphora.yml``.",
    words="us_pronoun_after context_forms group_nouns joint_markers title_heads title_ranks holder_titles "
    "speaker_state_objects reply_verbs history_time_words",
    pronouns=keyed(str),
    pairs=keyed(Words),
    named_pairs=keyed(Words),
    document_offices=keyed(Words),
    state_descriptions=keyed(Words),
    quote_pronouns=keyed(str),
    speaker_state_nouns=keyed(str),
    speaker_state_possessives=keyed(str),
    order_descriptions=keyed(str),
)


ComposeWords = _model(
    "ComposeWords",
    "``data/actors/compose.yml``: the word lists of the compositional actor rules (``actor_compose``).",
    words="company_descriptions name_links state_nouns seated_government_words ngo_name_heads dissent_nouns "
    "dissent_suppressing_verbs crowd_counts crowd_verbs crowd_support_preps dissent_modifiers dissent_claim_nouns "
    "treasury_countries staff_nouns staff_article_nouns region_roles region_court_nouns paired_roles"
    " heritage_demonyms sub_national_nouns group_name_heads",
)


class Roles(_Strict):
    """``data/actors/roles.yml``: role suffix -> nouns."""

    roles: dict[str, Words | None]


class StopPhrases(_Strict):
    """``data/actors/stop.yml``: phrases that contain a form but name no actor."""

    phrases: Words


# the YAML files of a codebook folder, by stem
ACTOR_FILES: dict[str, type[BaseModel]] = {
    "roles": Roles,
    "stop": StopPhrases,
    "anaphora": Anaphora,
    "compose": ComposeWords,
}


# ------------------------------------------------------------------------------------------------ loading

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any, file: str | Path) -> M:
    """``data`` checked against ``model``; a LexiconError names ``file`` and the first bad key path."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "(top level)"
            what = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            problems.append(f"{where}: {what}")
        raise LexiconError(f"{file}: " + "; ".join(problems[:5])) from None


# libyaml's parser where PyYAML was built with it (the pinned wheel is): the same safe constructors over a C scanner
# and parser, the same data from every packaged file (tests/test_speed3_session23.py), ~5x less CPU than the pure-Python
# parser (~0.3 s of a pipeline's ~2.7 s build; speed3, session 23). ``SafeLoader`` where it was not.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(stream: Any) -> Any:
    """``yaml.safe_load(stream)`` by :data:`SAFE_LOADER`: the same data, less CPU."""
    return yaml.load(stream, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader: SafeLoader or its C twin)


def load_yaml(model: type[M], file: str | Path) -> tuple[Any, M]:
    """Read a YAML lexicon and validate it: (the raw data, the validated model)."""
    with open(file, encoding="utf-8") as fh:
        try:
            data = read_yaml(fh)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{file}: not valid YAML: {exc}") from None
    wrapped = _WRAPPED.get(model)  # files whose top level is a list or a free mapping
    if data is None:
        data = [] if wrapped in ("entries", "phrases") else {}
    checked = validate(model, {wrapped: data} if wrapped else data, file)
    return data, checked


_WRAPPED: dict[type[BaseModel], str] = {FramingLexicon: "entries", Roles: "roles", StopPhrases: "phrases"}
