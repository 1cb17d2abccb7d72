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
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

Words = list[str]


class LexiconError(ValueError):
    """A lexicon file that does not have the expected shape; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def _model(title: str, doc: str | None = None, /, words: str = "", **fields: Any) -> type[_Strict]:
    """A strict model: each name in ``words`` (space-separated) an optional list of words, ``fields`` as
    ``pydantic.create_model`` takes them. Most of a lexicon is lists of words under keys of its own: written
    as names, not as a line per key, so the files' shapes read as what they are."""
    lists: dict[str, Any] = {key: (Words, Field(default_factory=list)) for key in words.split()}
    return create_model(title, __base__=_Strict, __doc__=doc, **lists, **fields)


def _section(name: str, words: str) -> Any:
    """A field holding a mapping of the keys in ``words`` to lists of words (any of them may be left out)."""
    return _with_defaults(_model(name, words=words))


def _with_defaults(model: type[_Strict]) -> Any:
    """A field holding ``model``, filled with its defaults when the file leaves it out."""
    return (model, Field(default_factory=model))


def _optional(kind: Any) -> Any:
    return (kind | None, None)


def _keyed(kind: Any) -> Any:
    """A field mapping keys of the file's own choosing (CAMEO codes, verb lemmas, names) to values of ``kind``."""
    return (dict[str, kind], Field(default_factory=dict))


# ---------------------------------------------------------------------------------- event_patterns.yml

_TriggerWords = _model("_TriggerWords", words="verbs nouns adjs")

EventPatterns = _model(
    "EventPatterns",
    "``data/events/event_patterns.yml`` (see ``docs/events.md``).",
    words="talk_topic_preps needs_object needs_no_object stative_passives topic_adjs envoy_nouns temporal_preps "
    "event_heads judgement_verbs transfer_nonobjects quantity_nouns",
    codes=_keyed(_TriggerWords | None),
    phrases=_keyed(str),
    noun_compounds=_keyed(str),
    lemma_fixes=_keyed(str),
    wrappers=_keyed(_model("_Wrapper", words="verbs nouns adjs", code=(str, ...), refine=_keyed(str))),
    reciprocal=_section("_Reciprocal", "verbs nouns mutual_objects directed_roots mutual_codes one_way_roots"),
    domains=_keyed(dict[str, str]),
    targets=_section("_Targets", "preps weak_preps agent_preps topic_preps topic_roots example_preps"),
    hedges=_section("_Hedges", "modals intent_modals verbs adjs marks realis_nouns nouns noun_adjs postpone_verbs"),
    negators=_section("_Negators", "words verbs"),
    demands=_section("_Demands", "speech_verbs demand_words obligation_modals want_verbs would_want_verbs need_verbs"),
    claims=_with_defaults(
        _model(
            "_Claims",
            words="report_verbs culprit_preps culprit_words incident_nouns hedged_claim_verbs culpable_verbs"
            " claim_nouns falsity_words claim_owner_preps accuser_preps",
            accusation_code=(str, "112"),
            false_claim_code=(str, "016"),
        )
    ),
    speakers=_section("_Speakers", "verbs pronouns"),
    standing=_section("_Standing", "nouns making_verbs"),
    constructions=_with_defaults(
        _model(
            "_Constructions",
            words="light_verbs aimed_verbs aimed_preps casualty_verbs one_sided_verbs evidence_nouns advisory_verbs "
            "travel_words joint_meeting_roots document_nouns allegation_verbs from_source_roots entity_heads "
            "nominal_place_preps unnamed_agent_labels postponed_deps arrival_verbs threat_marks order_wrappers "
            "provenance_words plural_pronouns co_agent_preps message_nouns purpose_verbs purpose_roots arrival_codes "
            "dispute_nouns origin_nouns coordinated_modifier_deps bidding_verbs permission_verbs visit_arrival_preps "
            "response_preps response_nouns response_roots"
            " conj_climb_deps unrealized_wrappers negated_intent_roots carrier_nouns"
            " agent_nouns receiving_verbs speak_verbs speak_preps phone_nouns"
            " mind_verbs concurrent_marks helping_verbs civil_objects attribution_words"
            " protest_roots aim_roots aim_preps assembly_verbs patient_nouns means_preps venue_nouns anterior_preps"
            " attitude_words attitude_roots role_preps hosting_verbs moved_force_roots pressing_verbs"
            " journey_verbs journey_preps patient_roots removal_verbs custody_verbs hope_nouns doubt_nouns"
            " unattributed_attack_means attack_place_preps"
            " mission_nouns mission_preps mission_roots responsibility_words claim_verbs claimed_place_preps"
            " claimed_clause_verbs claimed_act_roots"
            " effort_nouns backing_verbs backing_nouns outcome_verbs truce_nouns urging_verbs foreign_ground_roots"
            " regarding_codes regarding_preps"
            " naming_verbs insult_words greeting_verbs greeted_nouns audience_preps denial_verbs"
            " force_nouns presence_verbs purpose_deep_deps area_nouns area_roots onset_verbs spokes_nouns"
            " coercion_verbs coercion_codes reject_phrasals request_wrappers act_nominals avoidance_verbs"
            " located_recipient_codes recipient_preps acceptance_verbs boycott_verbs boycotted_events"
            " affiliated_target_codes measure_preps affiliation_participles affiliation_preps"
            " contact_force_verbs force_means membership_verbs membership_nouns"
            " peacekeeping_preps peacekeeping_words"
            " ordering_verbs"
            " threat_modals condition_marks conditional_threat_roots preparation_verbs prepared_force_roots"
            " background_marks occasion_nouns occasion_preps"
            " eased_measure_roots"
            " reduced_act_roots"
            " primitive_weapons primitive_weapon_verbs civilian_roles"
            " dissent_verbs dissent_roles obstruction_codes receipt_verbs receipt_roots"
            " topic_verbs topic_partner_preps commented_act_codes"
            " cited_verbs cited_prep_verbs"
            " content_nouns content_preps irrealis_marks"
            " appointment_words appointment_verbs appointment_modals absolute_preps stance_nouns"
            " medium_preps portrayal_verbs portrayal_preps"
            " compulsion_verbs joint_adverbs joint_role_preps"
            " training_verbs assisting_purpose_roots called_measure_roots envoy_kept_roots",
            aimed_code=(str, "190"),
            permission_code=(str, "080"),
            evidence_code=(str, "112"),
            advisory_code=(str, "160"),
            relation_cut_code=(str, "161"),
            event_boycott_code=(str, "143"),
            contact_force_code=(str, "190"),
            membership_code=(str, "057"),
            peacekeeping_code=(str, "074"),
            preparation_code=(str, "150"),
            withdrawal_code=(str, "0874"),
            assembly_code=(str, "141"),
            reproach_code=(str, "111"),
            pressing_code=(str, "100"),
            journey_code=(str, "042"),
            weapon_code=(str, "072"),
            hope_code=(str, "013"),
            doubt_code=(str, "012"),
            accord_code=(str, "019"),
            backing_code=(str, "070"),
            failed_agreement_code=(str, "120"),
            truce_code=(str, "0871"),
            insult_code=(str, "111"),
            denial_code=(str, "016"),
            presence_code=(str, "150"),
            conventional_force_code=(str, "190"),
            unconventional_force_code=(str, "180"),
            dissent_code=(str, "141"),
            state_obstruction_code=(str, "191"),
            claim_code=(str, "015"),
            training_code=(str, "062"),
            called_measure_code=(str, "111"),
        )
    ),
    # statements of intent, first-person quotes, shows of force (issue 14, session 7; docs/events.md rule 25)
    intent_statements=_with_defaults(
        _model(
            "_IntentStatements",
            words="plan_verbs plan_nouns plan_preps wish_verbs wish_roots deliberation_verbs"
            " wish_nouns wish_noun_preps",
            plan_refine=_keyed(str),
            troop_offer_code=(str, "0312"),
            deliberation_code=(str, "014"),
        )
    ),
    pronoun_objects=_section("_PronounObjects", "quote_objects quote_possessives participle_objects"),
    force_posture=_with_defaults(
        _model(
            "_ForcePosture",
            words="exercise_nouns exercise_phrases posture_preps airspace_nouns incursion_verbs incursion_nouns"
            " move_verbs moved_forces approach_words force_senders command_verbs ordered_own_codes",
            posture_code=(str, "150"),
            incursion_code=(str, "150"),
        )
    ),
)


# ------------------------------------------------------------------------------------------ parse_repair.yml

ParseRepairData = _model(
    "ParseRepairData",
    "``data/events/parse_repair.yml``: the data of the ``parse_repair`` component (``docs/events.md`` rule 52c).",
    split_words=_keyed(str),
)


# ------------------------------------------------------------------------------------------ markers.yml

_CausalVerb = _model(
    "_CausalVerb",
    words="needs_prep needs_prt effect_preps effect_advmods not_objects",
    polarity=(Literal["+", "-"], ...),
    agent=(bool, False),
    prep=_optional(str | Words),
    needs_xcomp=(bool, False),
    reverse=(bool, False),
    speech_infinitive=(bool, False),
    not_person_objects=(bool, False),
)

CausalMarkers = _model(
    "CausalMarkers",
    "``data/causal/markers.yml`` (see ``docs/causal.md``).",
    words="connectives subordinators purpose forward concessive decrease_nouns hedges actor_subjects result_nouns "
    "cause_nouns impact_nouns pronouns reporting_verbs table_hedges non_causal_marks conditionals citing_sources "
    "emotion_words emotion_preps doer_nouns scene_connectives obstacle_nouns sequence_markers contention_words "
    "contention_target_preps contention_target_participles instrument_verbs time_or_reason_markers occasion_verbs "
    "later_event_marks linking_verbs effect_phrase_stops sequence_verbs sequence_verb_not_objects sequence_preps "
    "since_count_words absolute_preps goal_nouns",
    verbs=_keyed(_CausalVerb),
    means=_section("_Means", "preps verbs"),
    prep_causes=_section(
        "_PrepCauses", "preps any_object_preps verb_object_preps any_object_verbs event_nouns main_only_preps"
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
    words="us_pronoun_after context_forms group_nouns joint_markers",
    pronouns=_keyed(str),
    pairs=_keyed(Words),
)


ComposeWords = _model(
    "ComposeWords",
    "``data/actors/compose.yml``: the word lists of the compositional actor rules (``actor_compose``).",
    words="company_descriptions name_links state_nouns seated_government_words ngo_name_heads",
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
