"""The shapes of our lexicon files, checked when a component loads them.

A mistyped key ("vebrs:") or a value of the wrong type used to be read past silently, and the component ran
without the words it was given. Each file is now validated against a model below (pydantic, unknown keys
forbidden) and a problem is a :class:`LexiconError` naming the file and the key path, e.g.
``event_patterns.yml: hedges.vebrs: unknown key``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

Words = list[str]


class LexiconError(ValueError):
    """A lexicon file that does not have the expected shape; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


# ---------------------------------------------------------------------------------- event_patterns.yml


class _TriggerWords(_Strict):
    verbs: Words = Field(default_factory=list)
    nouns: Words = Field(default_factory=list)
    adjs: Words = Field(default_factory=list)


class _Wrapper(_TriggerWords):
    code: str
    refine: dict[str, str] = Field(default_factory=dict)


class _Reciprocal(_Strict):
    verbs: Words = Field(default_factory=list)
    nouns: Words = Field(default_factory=list)
    mutual_objects: Words = Field(default_factory=list)
    directed_roots: Words = Field(default_factory=list)
    mutual_codes: Words = Field(default_factory=list)
    one_way_roots: Words = Field(default_factory=list)


class _Targets(_Strict):
    preps: Words = Field(default_factory=list)
    weak_preps: Words = Field(default_factory=list)
    agent_preps: Words = Field(default_factory=lambda: ["by"])
    topic_preps: Words = Field(default_factory=list)
    topic_roots: Words = Field(default_factory=list)
    example_preps: Words = Field(default_factory=list)


class _Hedges(_Strict):
    modals: Words = Field(default_factory=list)
    intent_modals: Words = Field(default_factory=list)
    verbs: Words = Field(default_factory=list)
    adjs: Words = Field(default_factory=list)
    marks: Words = Field(default_factory=list)
    realis_nouns: Words = Field(default_factory=list)
    nouns: Words = Field(default_factory=list)
    noun_adjs: Words = Field(default_factory=list)
    postpone_verbs: Words = Field(default_factory=list)


class _Negators(_Strict):
    words: Words = Field(default_factory=list)
    verbs: Words = Field(default_factory=list)


class _Demands(_Strict):
    speech_verbs: Words = Field(default_factory=list)
    demand_words: Words = Field(default_factory=list)
    obligation_modals: Words = Field(default_factory=list)
    want_verbs: Words = Field(default_factory=list)


class _Speakers(_Strict):
    verbs: Words = Field(default_factory=list)
    pronouns: Words = Field(default_factory=list)


class _Standing(_Strict):
    nouns: Words = Field(default_factory=list)
    making_verbs: Words = Field(default_factory=list)


class _Constructions(_Strict):
    light_verbs: Words = Field(default_factory=list)
    aimed_verbs: Words = Field(default_factory=list)
    aimed_preps: Words = Field(default_factory=list)
    aimed_code: str = "190"
    casualty_verbs: Words = Field(default_factory=list)
    one_sided_verbs: Words = Field(default_factory=list)
    evidence_nouns: Words = Field(default_factory=list)
    evidence_code: str = "112"
    advisory_verbs: Words = Field(default_factory=list)
    travel_words: Words = Field(default_factory=list)
    advisory_code: str = "160"
    joint_meeting_roots: Words = Field(default_factory=list)
    document_nouns: Words = Field(default_factory=list)
    allegation_verbs: Words = Field(default_factory=list)


class EventPatterns(_Strict):
    """``data/events/event_patterns.yml`` (see ``docs/events.md``)."""

    codes: dict[str, _TriggerWords | None] = Field(default_factory=dict)
    phrases: dict[str, str] = Field(default_factory=dict)
    wrappers: dict[str, _Wrapper] = Field(default_factory=dict)
    reciprocal: _Reciprocal = Field(default_factory=_Reciprocal)
    domains: dict[str, dict[str, str]] = Field(default_factory=dict)
    targets: _Targets = Field(default_factory=_Targets)
    hedges: _Hedges = Field(default_factory=_Hedges)
    negators: _Negators = Field(default_factory=_Negators)
    demands: _Demands = Field(default_factory=_Demands)
    speakers: _Speakers = Field(default_factory=_Speakers)
    standing: _Standing = Field(default_factory=_Standing)
    talk_topic_preps: Words = Field(default_factory=list)
    needs_object: Words = Field(default_factory=list)
    stative_passives: Words = Field(default_factory=list)
    topic_adjs: Words = Field(default_factory=list)
    envoy_nouns: Words = Field(default_factory=list)
    temporal_preps: Words = Field(default_factory=list)
    event_heads: Words = Field(default_factory=list)
    judgement_verbs: Words = Field(default_factory=list)
    transfer_nonobjects: Words = Field(default_factory=list)
    quantity_nouns: Words = Field(default_factory=list)
    constructions: _Constructions = Field(default_factory=_Constructions)


# ------------------------------------------------------------------------------------------ markers.yml


class _CausalVerb(_Strict):
    polarity: Literal["+", "-"]
    agent: bool = False
    prep: str | Words | None = None
    needs_prep: Words = Field(default_factory=list)
    needs_xcomp: bool = False
    needs_prt: Words = Field(default_factory=list)
    effect_preps: Words = Field(default_factory=list)
    reverse: bool = False


class _Means(_Strict):
    preps: Words = Field(default_factory=list)
    verbs: Words = Field(default_factory=list)


class _PrepCauses(_Strict):
    preps: Words = Field(default_factory=list)
    any_object_preps: Words = Field(default_factory=list)
    verb_object_preps: Words = Field(default_factory=list)
    any_object_verbs: Words = Field(default_factory=list)
    event_nouns: Words = Field(default_factory=list)


class CausalMarkers(_Strict):
    """``data/causal/markers.yml`` (see ``docs/causal.md``)."""

    connectives: Words = Field(default_factory=list)
    subordinators: Words = Field(default_factory=list)
    purpose: Words = Field(default_factory=list)
    forward: Words = Field(default_factory=list)
    concessive: Words = Field(default_factory=list)
    verbs: dict[str, _CausalVerb] = Field(default_factory=dict)
    decrease_nouns: Words = Field(default_factory=list)
    hedges: Words = Field(default_factory=list)
    actor_subjects: Words = Field(default_factory=list)
    result_nouns: Words = Field(default_factory=list)
    cause_nouns: Words = Field(default_factory=list)
    impact_nouns: Words = Field(default_factory=list)
    means: _Means = Field(default_factory=_Means)
    pronouns: Words = Field(default_factory=list)
    reporting_verbs: Words = Field(default_factory=list)
    table_hedges: Words = Field(default_factory=list)
    non_causal_marks: Words = Field(default_factory=list)
    prep_causes: _PrepCauses = Field(default_factory=_PrepCauses)
    table_roles: dict[Literal["cause", "effect", "outcome"], Words] = Field(default_factory=dict)


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


class FramingQuality(_Strict):
    """``data/framing/quality.yml``."""

    spinner: list[_Pattern] = Field(default_factory=list)
    lowercase_names: Words = Field(default_factory=list)
    its_followers: Words = Field(default_factory=list)
    lowercase_start_ok: Words = Field(default_factory=list)
    anonymous_authority: list[_Pattern] = Field(default_factory=list)
    source_cues: Words = Field(default_factory=list)
    debris: list[_Debris] = Field(default_factory=list)


# ------------------------------------------------------------------------------------------ actors codebook


class CodebookEntry(_Strict):
    """One line of ``data/actors/*.jsonl`` (see ``docs/actors.md``)."""

    code: str
    name: str | None = None
    kind: str = "country"
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    gender: str | None = None
    names: Words = Field(default_factory=list)
    aliases: Words = Field(default_factory=list)
    titles: Words = Field(default_factory=list)
    metonyms: Words = Field(default_factory=list)
    capitals: Words = Field(default_factory=list)
    demonyms: Words = Field(default_factory=list)
    cased: Words = Field(default_factory=list)


class Anaphora(_Strict):
    """``data/actors/anaphora.yml``."""

    pronouns: dict[str, str] = Field(default_factory=dict)
    pairs: dict[str, Words] = Field(default_factory=dict)
    us_pronoun_after: Words = Field(default_factory=list)
    context_forms: Words = Field(default_factory=list)


class Roles(_Strict):
    """``data/actors/roles.yml``: role suffix -> nouns."""

    roles: dict[str, Words | None]


class StopPhrases(_Strict):
    """``data/actors/stop.yml``: phrases that contain a form but name no actor."""

    phrases: Words


# the YAML files of a codebook folder, by stem
ACTOR_FILES: dict[str, type[BaseModel]] = {"roles": Roles, "stop": StopPhrases, "anaphora": Anaphora}


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


def load_yaml(model: type[M], file: str | Path) -> tuple[Any, M]:
    """Read a YAML lexicon and validate it: (the raw data, the validated model)."""
    with open(file, encoding="utf-8") as fh:
        try:
            data = yaml.safe_load(fh)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{file}: not valid YAML: {exc}") from None
    wrapped = _WRAPPED.get(model)  # files whose top level is a list or a free mapping
    if data is None:
        data = [] if wrapped in ("entries", "phrases") else {}
    checked = validate(model, {wrapped: data} if wrapped else data, file)
    return data, checked


_WRAPPED: dict[type[BaseModel], str] = {FramingLexicon: "entries", Roles: "roles", StopPhrases: "phrases"}
