"""The trigger lexicon: verbs, nouns, phrases, wrappers and word lists of ``data/events/event_patterns.yml``.

One definition of the file's keys: :class:`TriggerLexicon` below. Each of its fields read from the file names
its place there (``_words``/``_code`` for a word list or a CAMEO code, ``_shape`` for a table with a reader of
its own in :meth:`TriggerLexicon.from_yaml`), and the file's schema, :data:`EventPatterns` (unknown keys and
wrong types are errors naming the file and the key), is built from those fields. A new construction key is one
line, ``new_verbs: set[str] = _words(CONSTRUCTIONS)``: the schema admits it and ``from_yaml`` reads it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self

from pydantic import BaseModel, Field

from detente.nlp.lexicons import Words, keyed, load_yaml, strict_model, with_defaults, word_lists
from detente.paths import data_file

if TYPE_CHECKING:
    from spacy.tokens import Token


def inflections(verb: str) -> set[str]:
    """The regular inflected forms of a verb: hope -> hopes, hoped, hoping; plan -> plans, planned, planning."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", stem + "ing"}
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # plan -> planned, planning
    return forms


EVENTS_DIR = data_file("events")
DEFAULT_PATTERNS = EVENTS_DIR / "event_patterns.yml"


@dataclass
class Wrapper:
    """A word that wraps another action and takes it over (refuse/threaten/agree/urge/demand)."""

    name: str
    code: str
    refine: dict[str, str]

    def refined(self, inner: str) -> str:
        """The code of this wrapper around an act coded ``inner``: ``refine`` by the act's whole code where it names
        one ("0874", a withdrawal: demanded, 106), else by its three-digit code ("087", a halted act of force: a
        de-escalation, docs/events.md rule 76d; "072" military aid refused, 1222: rule 155), else by its root, else
        the wrapper's own."""
        return self.subcoded(inner, self.code)

    def subcoded(self, inner: str, default: str) -> str:
        """The code of this wrapper around an act coded ``inner`` by the longest leading part of the act's code that
        ``refine`` names ("1621" by "162", "183" by "18"), else ``default``: the threat wrapper's sub-codes name what
        is threatened (docs/events.md rule 148: "threatened to cut off aid" 1311, "to impose sanctions" 1312)."""
        for size in range(len(inner), 1, -1):
            if inner[:size] in self.refine:
                return self.refine[inner[:size]]
        return default


# ------------------------------------------------------------------- where a field stands in event_patterns.yml

_SOURCE = "event_patterns"  # the key of a field's metadata naming its place in the file
_BESIDE = "event_patterns_beside"  # ... or naming the table whose reader fills it
CONSTRUCTIONS = "constructions"  # the section most new keys go to (docs/events.md rule 21 onwards)


@dataclass(frozen=True, eq=False)
class Source:
    """The place of a :class:`TriggerLexicon` field in ``event_patterns.yml`` and its shape there.

    ``section``: a top-level key of the file ("" for a key at the top level); ``key``: the key in it ("" for
    the field's own name); ``shape``: a field definition as ``pydantic.create_model`` takes it; ``read``:
    "words" (a list read into a set, lower-cased where ``lower``), "code" (a CAMEO code) or "table" (read by
    its own lines of ``from_yaml``)."""

    section: str
    key: str
    shape: tuple[Any, Any]
    read: Literal["words", "code", "table"]
    lower: bool = False


def _words(section: str = "", key: str = "", *, lower: bool = False, default: tuple[str, ...] = ()) -> set[str]:
    """A field read from a list of words (or codes) of the file, ``default`` where the file leaves it out."""
    shape = (Words, Field(default_factory=lambda: list(default)))
    return field(default_factory=lambda: set(default), metadata={_SOURCE: Source(section, key, shape, "words", lower)})


def _code(section: str, default: str, key: str = "") -> str:
    """A field read from a CAMEO code of the file, ``default`` where the file leaves it out."""
    return field(default=default, metadata={_SOURCE: Source(section, key, (str, default), "code")})


def _beside(place: str) -> dict[str, str]:
    """The metadata of a field filled by the reader of another table: ``place`` is that table (``codes``) or the
    entry of it the field holds (``wrappers.intent``)."""
    return {_BESIDE: place}


def _shape(section: str, key: str, shape: tuple[Any, Any]) -> dict[str, Source]:
    """The metadata of a field read by lines of its own in ``from_yaml`` from ``section.key`` of shape ``shape``."""
    return {_SOURCE: Source(section, key, shape, "table")}


# the shapes of the tables with readers of their own
_TriggerWords = strict_model("_TriggerWords", None, word_lists("verbs nouns adjs"))
_WrapperShape = strict_model(
    "_Wrapper", None, {**word_lists("verbs nouns adjs"), "code": (str, ...), "refine": keyed(str)}
)


@dataclass
class TriggerLexicon:
    """Trigger dictionaries keyed by lemma, built once from the YAML pattern file.

    The one definition of the file's keys: a field declared with ``_words(section, key)`` or
    ``_code(section, default, key)`` is read from ``section.key`` (the key defaults to the field's name, the
    section "" is the top level), and :func:`schema_of` builds the file's schema from these places. Fields
    with ``_shape`` metadata are tables read by lines of their own in :meth:`from_yaml`; those with ``_beside``
    metadata are filled by the reader of another table (``nouns`` by ``codes``, ``intent`` by ``wrappers``); a
    field with neither (a merge that kept ``field(default_factory=set)``) is refused when the schema is built.
    """

    # code -> {verbs, nouns, adjs}: one table per part of speech, lemma -> code (the first listing wins)
    verbs: dict[str, str] = field(default_factory=dict, metadata=_shape("", "codes", keyed(_TriggerWords | None)))
    nouns: dict[str, str] = field(default_factory=dict, metadata=_beside("codes"))
    adjs: dict[str, str] = field(default_factory=dict, metadata=_beside("codes"))
    phrases: dict[tuple[str, str], str] = field(default_factory=dict, metadata=_shape("", "phrases", keyed(str)))
    # "hunger strike" (rule 29)
    noun_compounds: dict[tuple[str, str], str] = field(
        default_factory=dict, metadata=_shape("", "noun_compounds", keyed(str))
    )
    # "staged" -> stage, not "stag" (rule 29)
    lemma_fixes: dict[str, str] = field(default_factory=dict, metadata=_shape("", "lemma_fixes", keyed(str)))
    # wrapper name -> {code, refine, verbs, nouns, adjs}: word -> Wrapper per part of speech, and the named ones
    wrap_verbs: dict[str, Wrapper] = field(default_factory=dict, metadata=_shape("", "wrappers", keyed(_WrapperShape)))
    wrap_nouns: dict[str, Wrapper] = field(default_factory=dict, metadata=_beside("wrappers"))
    wrap_adjs: dict[str, Wrapper] = field(default_factory=dict, metadata=_beside("wrappers"))
    recip_verbs: set[str] = _words("reciprocal", "verbs")
    recip_nouns: set[str] = _words("reciprocal", "nouns")
    domains: dict[str, dict[str, str]] = field(
        default_factory=dict, metadata=_shape("", "domains", keyed(dict[str, str]))
    )
    preps: set[str] = _words("targets")
    weak_preps: set[str] = _words("targets")
    agent_preps: set[str] = _words("targets", default=("by",))
    modals: set[str] = _words("hedges")
    intent_modals: set[str] = _words("hedges")
    hedge_verbs: set[str] = _words("hedges", "verbs")
    hedge_adjs: set[str] = _words("hedges", "adjs")
    hedge_marks: set[str] = _words("hedges", "marks")
    neg_words: set[str] = _words("negators", "words")
    neg_verbs: set[str] = _words("negators", "verbs")
    pending_verbs: set[str] = _words("negators")  # "has yet to sign": the act not done (rule 166)
    pending_advs: set[str] = _words("negators")
    stopped_advs: set[str] = _words("negators")  # "no longer supplies arms": the act stopped (rule 166)
    avoided_act_verbs: set[str] = _words("negators")  # "avoided American sanctions": aimed at the subject (rule 418b)
    refusal_modals: set[str] = _words("negators")  # "cannot accept the proposal": a refusal (rule 166)
    unattested_nouns: set[str] = _words("negators")  # "there is no sign that X attacked Y" (rule 246)
    none_words: set[str] = _words("negators")  # "none of the warships entered Y" (rule 257)
    # the wrappers the rules ask for by name
    intent: Wrapper | None = field(default=None, metadata=_beside("wrappers.intent"))
    threaten: Wrapper | None = field(default=None, metadata=_beside("wrappers.threaten"))
    demand: Wrapper | None = field(default=None, metadata=_beside("wrappers.demand"))
    appeal: Wrapper | None = field(default=None, metadata=_beside("wrappers.appeal"))
    reject: Wrapper | None = field(default=None, metadata=_beside("wrappers.reject"))
    want_verbs: set[str] = _words("demands")
    would_want_verbs: set[str] = _words("demands")  # "would like Y to" (rule 28)
    need_verbs: set[str] = _words("demands")
    suggestion_verbs: set[str] = _words("demands")
    said_message_nouns: set[str] = _words("demands")  # rule 87b: "issued a reminder to Y that it must"
    addressee_pronouns: set[str] = _words("demands")  # rule 87b: "told Y that it must": "it" is Y
    speech_verbs: set[str] = _words("demands")
    demand_words: set[str] = _words("demands")
    obligation_modals: set[str] = _words("demands")
    speaker_verbs: set[str] = _words("speakers", "verbs")
    speaker_pronouns: set[str] = _words("speakers", "pronouns")
    needs_object: set[str] = _words()
    needs_no_object: set[str] = _words()
    realis_nouns: set[str] = _words("hedges")
    hedge_nouns: set[str] = _words("hedges", "nouns")
    stative_passives: set[str] = _words()
    mutual_objects: set[str] = _words("reciprocal")
    directed_roots: set[str] = _words("reciprocal")
    mutual_codes: set[str] = _words("reciprocal")
    mutual_exercise_codes: set[str] = _words("reciprocal")  # "held joint drills with Y" both ways (rule 213b)
    topic_preps: set[str] = _words("targets")
    topic_roots: set[str] = _words("targets")
    addressed_object_preps: set[str] = _words("targets")  # rule 176c: "lashed out at Y over its Taiwan comments"
    example_preps: set[str] = _words("targets")
    comitative_preps: set[str] = _words("targets")  # rule 383a: "X, along with Y, condemned Z"
    standing_nouns: set[str] = _words("standing", "nouns")
    one_way_roots: set[str] = _words("reciprocal")
    making_verbs: set[str] = _words("standing")
    topic_adjs: set[str] = _words()
    envoy_nouns: set[str] = _words()
    aid_team_words: set[str] = _words()  # a sent team that is aid, not envoys (rule 125c)
    temporal_preps: set[str] = _words()
    event_heads: set[str] = _words()
    judgement_verbs: set[str] = _words()
    transfer_nonobjects: set[str] = _words()
    request_granting_verbs: set[str] = _words()  # "granted Y's request for aid": the aid (rule 231b)
    granted_requests: set[str] = _words()
    quantity_nouns: set[str] = _words()
    talk_topic_preps: set[str] = _words()
    hedge_noun_adjs: set[str] = _words("hedges", "noun_adjs")
    hedge_advs: set[str] = _words("hedges", "advs")  # "Y allegedly shelled Z": only alleged (rule 83)
    postpone_verbs: set[str] = _words("hedges")
    # constructions (docs/events.md rule 21)
    light_verbs: set[str] = _words(CONSTRUCTIONS)
    aimed_verbs: set[str] = _words(CONSTRUCTIONS)
    aimed_preps: set[str] = _words(CONSTRUCTIONS)
    aimed_code: str = _code(CONSTRUCTIONS, "190")
    casualty_verbs: set[str] = _words(CONSTRUCTIONS)
    casualty_act_roots: set[str] = _words(CONSTRUCTIONS)
    casualty_act_preps: set[str] = _words(CONSTRUCTIONS)
    one_sided_verbs: set[str] = _words(CONSTRUCTIONS)
    evidence_nouns: set[str] = _words(CONSTRUCTIONS)
    evidence_code: str = _code(CONSTRUCTIONS, "112")
    advisory_verbs: set[str] = _words(CONSTRUCTIONS)
    travel_words: set[str] = _words(CONSTRUCTIONS)
    advisory_code: str = _code(CONSTRUCTIONS, "160")
    relation_cut_code: str = _code(CONSTRUCTIONS, "161")  # a reduce wrapper verb on "relations" / "ties" (rule 48b)
    boycott_verbs: set[str] = _words(CONSTRUCTIONS)  # boycotting an event is a protest (rule 48c)
    boycotted_events: set[str] = _words(CONSTRUCTIONS)
    event_boycott_code: str = _code(CONSTRUCTIONS, "143")
    contact_force_verbs: set[str] = _words(CONSTRUCTIONS)  # "hit" with a means of force (rule 50c)
    force_means: set[str] = _words(CONSTRUCTIONS)
    armed_doer_roles: set[str] = _words(CONSTRUCTIONS)  # an armed actor as the means (rule 111b)
    state_strike_objects: set[str] = _words(CONSTRUCTIONS)  # a foreign military or infrastructure thing (rule 119)
    state_strike_armed_roles: set[str] = _words(CONSTRUCTIONS)  # armed people struck by a state (rule 160)
    state_strike_kinds: set[str] = _words(CONSTRUCTIONS)  # "air defence systems": the thing its compound names
    wrapped_only_codes: set[str] = _words(CONSTRUCTIONS)  # coded only under a wrapper (rule 183a)
    wrapped_only_triggers: set[str] = _words(CONSTRUCTIONS)  # the lemmas of those triggers (rule 183a)
    state_strike_places: set[str] = _words(CONSTRUCTIONS)  # where that thing is ("in Russia's Samara region")
    state_strike_place_nouns: set[str] = _words(CONSTRUCTIONS)  # a place struck: "Ukrainian cities" (rule 124a)
    strike_back_verbs: set[str] = _words(CONSTRUCTIONS)  # "hit back at Y with tariffs": retaliation in kind (124b)
    strike_back_preps: set[str] = _words(CONSTRUCTIONS)
    measure_contact_verbs: set[str] = _words(CONSTRUCTIONS)  # "hit Y with sanctions" 163 (rule 431a)
    opposition_rally_verbs: set[str] = _words(CONSTRUCTIONS)  # "rallied its partners against Y" (113, rule 149a)
    opposition_rally_preps: set[str] = _words(CONSTRUCTIONS)
    direction_adverbs: set[str] = _words(CONSTRUCTIONS)  # "pulled troops back from Y" (rule 149f)
    aerial_means: set[str] = _words(CONSTRUCTIONS)  # a contact verb's aerial means (rule 119c)
    aerial_force_code: str = _code(CONSTRUCTIONS, "195")
    aerial_bomb_nouns: set[str] = _words(CONSTRUCTIONS)  # "with bunker-buster bombs" 195 (rule 290)
    aerial_bomb_modifiers: set[str] = _words(CONSTRUCTIONS)
    naval_means_modifiers: set[str] = _words(CONSTRUCTIONS)  # "sea drones": no aerial means (rule 213d)
    aerial_strike_verbs: set[str] = _words(CONSTRUCTIONS)  # "struck Y with drones" 195 (rule 127b)
    aerial_doer_nouns: set[str] = _words(CONSTRUCTIONS)  # "US warplanes struck Y" 195 (rule 252a)
    heavy_fire_code: str = _code(CONSTRUCTIONS, "194")  # "warplanes pounded Y" 195 (rule 269)
    missile_means: set[str] = _words(CONSTRUCTIONS)  # "struck Kyiv with missiles" 194 (rule 273)
    verbal_attack_verbs: set[str] = _words(CONSTRUCTIONS)  # "attacked Y over its tariffs" 111 (rule 130b)
    verbal_attack_preps: set[str] = _words(CONSTRUCTIONS)
    verbal_attack_code: str = _code(CONSTRUCTIONS, "111")
    verbal_attack_object_verbs: set[str] = _words(CONSTRUCTIONS)  # "attacked Y's trade policy" 111 (rule 138)
    verbal_attack_objects: set[str] = _words(CONSTRUCTIONS)
    blocking_verbs: set[str] = _words(CONSTRUCTIONS)  # an act a blocking verb blocks is not done (rule 127a)
    allowing_verbs: set[str] = _words(CONSTRUCTIONS)  # an allowed act is not the allower's own (rule 128a)
    cargo_nouns: set[str] = _words(CONSTRUCTIONS)  # a carrier object read as its cargo (rule 150b)
    swap_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 216: what coordinated subjects swap is no party
    relief_cargo_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 216: relief goods a carrier holds read as aid
    relief_carriers: set[str] = _words(CONSTRUCTIONS)  # rule 234b: aid a convoy / truck carries is relief (073)
    object_first_verbs: set[str] = _words(CONSTRUCTIONS)  # object phrase before particle (rule 150c)
    discharge_verbs: set[str] = _words(CONSTRUCTIONS)  # the object's compound names what was fired (rule 173)
    # a crowd that takes to the streets demonstrates (rule 173)
    street_verbs: set[str] = _words(CONSTRUCTIONS)
    street_preps: set[str] = _words(CONSTRUCTIONS)
    street_nouns: set[str] = _words(CONSTRUCTIONS)
    street_festive_verbs: set[str] = _words(CONSTRUCTIONS)
    street_code: str = _code(CONSTRUCTIONS, "141")
    contact_force_code: str = _code(CONSTRUCTIONS, "190")
    # a party taken to a court is sued (rule 231c)
    court_referral_verbs: set[str] = _words(CONSTRUCTIONS)
    court_referral_preps: set[str] = _words(CONSTRUCTIONS)
    court_nouns: set[str] = _words(CONSTRUCTIONS)
    court_venue_preps: set[str] = _words(CONSTRUCTIONS)  # a lawsuit's court is no party (rule 231d)
    venue_codes: set[str] = _words(CONSTRUCTIONS)  # a complaint's forum is no party either (rule 240a)
    forum_nouns: set[str] = _words(CONSTRUCTIONS)
    handover_code: str = _code(CONSTRUCTIONS, "063")  # the person handed over is no party (rule 231e)
    court_referral_code: str = _code(CONSTRUCTIONS, "115")
    # a protest or complaint made to a named party is an official complaint (rule 366)
    complaint_verbs: set[str] = _words(CONSTRUCTIONS)
    complaint_preps: set[str] = _words(CONSTRUCTIONS)
    complaint_addressee_ents: set[str] = _words(CONSTRUCTIONS)
    complaint_code: str = _code(CONSTRUCTIONS, "114")
    # joining an international organisation (rule 70d)
    membership_verbs: set[str] = _words(CONSTRUCTIONS)
    membership_nouns: set[str] = _words(CONSTRUCTIONS)
    membership_code: str = _code(CONSTRUCTIONS, "057")
    # applying to join one (rule 75b): an appeal to it, not the joining
    membership_appeal_verbs: set[str] = _words(CONSTRUCTIONS)
    membership_filing_verbs: set[str] = _words(CONSTRUCTIONS)
    membership_application_nouns: set[str] = _words(CONSTRUCTIONS)
    membership_request_nouns: set[str] = _words(CONSTRUCTIONS)
    membership_appeal_code: str = _code(CONSTRUCTIONS, "020")
    membership_intent_code: str = _code(CONSTRUCTIONS, "030")
    # a member suspended from an organisation (rule 137a): reduced relations
    member_suspension_verbs: set[str] = _words(CONSTRUCTIONS)
    member_suspension_bodies: set[str] = _words(CONSTRUCTIONS)
    member_suspension_code: str = _code(CONSTRUCTIONS, "160")
    # a party exempted from a tariff or sanction (rule 215b): the measure eased toward it
    exemption_verbs: set[str] = _words(CONSTRUCTIONS)
    exemption_grant_verbs: set[str] = _words(CONSTRUCTIONS)
    exemption_nouns: set[str] = _words(CONSTRUCTIONS)
    permit_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 254d: "granted Y a licence to wind down ..."
    exemption_measures: set[str] = _words(CONSTRUCTIONS)
    exemption_code: str = _code(CONSTRUCTIONS, "085")
    # a tax, levy or duty on another party's goods or firms read as a tariff (rule 411a)
    tariff_kin_nouns: set[str] = _words(CONSTRUCTIONS)
    tariff_kin_preps: set[str] = _words(CONSTRUCTIONS)
    tariff_kin_readings: set[str] = _words(CONSTRUCTIONS)
    # "the Chile director of Amnesty International": the place of the post, not the officer's party (rule 411b)
    post_title_nouns: set[str] = _words(CONSTRUCTIONS)
    post_place_hows: set[str] = _words(CONSTRUCTIONS)
    # leaving an international organisation (rule 154e): reduced relations with it
    organisation_leaving_verbs: set[str] = _words(CONSTRUCTIONS)
    organisation_leaving_preps: set[str] = _words(CONSTRUCTIONS)
    organisation_leaving_code: str = _code(CONSTRUCTIONS, "160")
    mission_leaving_nouns: set[str] = _words(CONSTRUCTIONS)  # "withdrew its troops from the NATO mission" (387f)
    mission_leaving_code: str = _code(CONSTRUCTIONS, "166")
    joint_work_verbs: set[str] = _words(CONSTRUCTIONS)  # "worked with Y to rebuild the bridge" 060 (rule 387d)
    joint_work_preps: set[str] = _words(CONSTRUCTIONS)
    joint_work_purposes: set[str] = _words(CONSTRUCTIONS)
    joint_work_code: str = _code(CONSTRUCTIONS, "060")
    no_comment_verbs: set[str] = _words(CONSTRUCTIONS)  # "had no comment on Y's report" 011 (rule 387g)
    no_comment_nouns: set[str] = _words(CONSTRUCTIONS)
    no_comment_code: str = _code(CONSTRUCTIONS, "011")
    role_holder_nouns: set[str] = _words(CONSTRUCTIONS)  # "praised India's role in the talks" (rule 387h)
    role_topic_roots: set[str] = _words(CONSTRUCTIONS)
    peacekeeping_preps: set[str] = _words(CONSTRUCTIONS)  # a deployment's stated mission (rule 52b)
    peacekeeping_modifiers: set[str] = _words(CONSTRUCTIONS)  # rule 190b
    peacekeeping_force_nouns: set[str] = _words(CONSTRUCTIONS)
    peacekeeper_readings: set[str] = _words(CONSTRUCTIONS)
    patient_modifiers: set[str] = _words(CONSTRUCTIONS)  # rule 216
    patient_person_nouns: set[str] = _words(CONSTRUCTIONS)
    patient_readings: set[str] = _words(CONSTRUCTIONS)
    wanted_person_modifiers: set[str] = _words(CONSTRUCTIONS)  # rule 237b
    wanted_person_nouns: set[str] = _words(CONSTRUCTIONS)
    wanted_outlaw_nouns: set[str] = _words(CONSTRUCTIONS)
    wanted_person_readings: set[str] = _words(CONSTRUCTIONS)
    aid_worker_modifiers: set[str] = _words(CONSTRUCTIONS)  # rule 276c
    aid_worker_nouns: set[str] = _words(CONSTRUCTIONS)
    aid_worker_readings: set[str] = _words(CONSTRUCTIONS)
    patient_evacuation_roots: set[str] = _words(CONSTRUCTIONS)  # rule 276b
    severed_service_objects: set[str] = _words(CONSTRUCTIONS)  # rule 190a
    peacekeeping_words: set[str] = _words(CONSTRUCTIONS)
    peacekeeping_code: str = _code(CONSTRUCTIONS, "074")
    joint_meeting_roots: set[str] = _words(CONSTRUCTIONS)
    document_nouns: set[str] = _words(CONSTRUCTIONS)
    allegation_verbs: set[str] = _words(CONSTRUCTIONS)
    grievance_preps: set[str] = _words(CONSTRUCTIONS)  # rule 199a
    grievance_roots: set[str] = _words(CONSTRUCTIONS)  # rule 199a
    legal_charge_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 98b
    legal_charge_preps: set[str] = _words(CONSTRUCTIONS)
    # constructions read on real news (docs/events.md rule 22)
    from_source_roots: set[str] = _words(CONSTRUCTIONS)
    entity_heads: set[str] = _words(CONSTRUCTIONS)
    nominal_place_preps: set[str] = _words(CONSTRUCTIONS)
    unnamed_agent_labels: set[str] = _words(CONSTRUCTIONS)
    postponed_deps: set[str] = _words(CONSTRUCTIONS)
    arrival_verbs: set[str] = _words(CONSTRUCTIONS)
    threat_marks: set[str] = _words(CONSTRUCTIONS)
    order_wrappers: set[str] = _words(CONSTRUCTIONS)
    provenance_words: set[str] = _words(CONSTRUCTIONS)
    plural_pronouns: set[str] = _words(CONSTRUCTIONS)
    co_agent_preps: set[str] = _words(CONSTRUCTIONS)
    message_nouns: set[str] = _words(CONSTRUCTIONS)
    enacted_text_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 206: "signed a decree to lift sanctions on Y"
    enacting_verbs: set[str] = _words(CONSTRUCTIONS)
    petition_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 389c: "signed a petition demanding ..."
    helped_act_wrappers: set[str] = _words(CONSTRUCTIONS)  # rule 389b: "asked Y to help finance ..."
    message_addressee_roots: set[str] = _words(CONSTRUCTIONS)
    consequence_warning_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 112b
    consequence_predicates: set[str] = _words(CONSTRUCTIONS)
    payer_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 112c
    payer_roots: set[str] = _words(CONSTRUCTIONS)
    warned_act_preps: set[str] = _words(CONSTRUCTIONS)  # rule 116a
    owned_act_judging_roots: set[str] = _words(CONSTRUCTIONS)  # rule 116b
    recalled_act_determiners: set[str] = _words(CONSTRUCTIONS)  # rule 419a
    judged_plan_roots: set[str] = _words(CONSTRUCTIONS)  # rule 117a
    judged_plan_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 117a
    plan_hostile_roots: set[str] = _words(CONSTRUCTIONS)  # rule 117a
    plan_owner_preps: set[str] = _words(CONSTRUCTIONS)  # rule 174: "the decision of Y to ..."
    announced_decision_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 182: "announced its decision to ..."
    decision_taking_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 182: "took the decision to ..."
    plan_support_roots: set[str] = _words(CONSTRUCTIONS)  # rule 117a
    object_control_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 117b
    # constructions read on real news, round 2 (docs/events.md rule 24)
    coordinated_modifier_deps: set[str] = _words(CONSTRUCTIONS)
    bidding_verbs: set[str] = _words(CONSTRUCTIONS)
    ordering_verbs: set[str] = _words(CONSTRUCTIONS)  # "directed Y to ..." (rule 51c)
    # a possibility modal on a coercive act with a condition: a threat (rule 53a)
    threat_modals: set[str] = _words(CONSTRUCTIONS)
    condition_marks: set[str] = _words(CONSTRUCTIONS)
    conditional_threat_roots: set[str] = _words(CONSTRUCTIONS)
    conditional_threat_wrappers: set[str] = _words(CONSTRUCTIONS)
    stated_intent_wrappers: set[str] = _words(CONSTRUCTIONS)  # "would cut gas supplies to Y" 1312 (rule 163g)
    held_threat_marks: set[str] = _words(CONSTRUCTIONS)
    threat_roots: set[str] = _words(CONSTRUCTIONS)  # rule 148: a threat's sub-code names what it threatens
    deadline_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 148: "gave Y 48 hours to withdraw"
    deadline_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 148
    deadline_preps: set[str] = _words(CONSTRUCTIONS)  # rule 215d: "gave Y until August 1 to ..."
    deadline_set_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 248a: "set a deadline for Y to ..."
    ultimatum_code: str = _code(CONSTRUCTIONS, "139")  # rule 148
    characterization_preps: set[str] = _words(CONSTRUCTIONS)  # rule 248b: "rejected the plan as capitulation"
    walkout_threat_code: str = _code(CONSTRUCTIONS, "134")  # rule 148: "threatened to walk out of the talks"
    group_head_roots: set[str] = _words(CONSTRUCTIONS)
    walkout_verbs: set[str] = _words(CONSTRUCTIONS)
    walkout_roots: set[str] = _words(CONSTRUCTIONS)
    walkout_grievance_preps: set[str] = _words(CONSTRUCTIONS)
    dual_national_heads: set[str] = _words(CONSTRUCTIONS)  # rule 98a
    rallied_opposition_code: str = _code(CONSTRUCTIONS, "113")
    rallied_act_roots: set[str] = _words(CONSTRUCTIONS)  # rule 97b
    # preparing an act of force: a show of force (rule 53b)
    preparation_verbs: set[str] = _words(CONSTRUCTIONS)
    prepared_force_roots: set[str] = _words(CONSTRUCTIONS)
    preparation_code: str = _code(CONSTRUCTIONS, "150")
    attempt_verbs: set[str] = _words(CONSTRUCTIONS)  # an act tried is its attempt (rule 153g)
    attempted_kill_verbs: set[str] = _words(CONSTRUCTIONS)  # one person's killing tried (rule 189d)
    attempted_act_codes: set[str] = _words(CONSTRUCTIONS)
    attempt_code: str = _code(CONSTRUCTIONS, "185")
    domain_refined_codes: set[str] = _words(CONSTRUCTIONS)  # a bombing's kind by its device (rule 153h)
    field_phrase_roots: set[str] = _words(CONSTRUCTIONS)  # cooperation refined by its field's phrase (rule 177c)
    field_preps: set[str] = _words(CONSTRUCTIONS)
    background_marks: set[str] = _words(CONSTRUCTIONS)  # clauses of time (rule 53c)
    background_preps: set[str] = _words(CONSTRUCTIONS)  # rule 185: "Following Y's strike on Z, X ..."
    background_phrase_kept_roots: set[str] = _words(CONSTRUCTIONS)  # rule 185: "following Friday's summit"
    background_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 185: "in the wake of", "on the anniversary of"
    recalled_history_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 185: "recalled that Y had ..."
    history_time_words: set[str] = _words(CONSTRUCTIONS)  # rule 185: a relative clause dated in history
    venue_preps: set[str] = _words(CONSTRUCTIONS)  # rule 185: "condemned Y at the UN": a venue
    forum_member_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 185: "the delegation to the A-B dialogue"
    # a relative clause telling what happened at an occasion is no background clause (rule 66a)
    occasion_nouns: set[str] = _words(CONSTRUCTIONS)
    occasion_preps: set[str] = _words(CONSTRUCTIONS)
    # a measure eased in an agentless passive reads as its active (rule 54)
    eased_measure_roots: set[str] = _words(CONSTRUCTIONS)
    # a cooperative act reduced in an agentless passive reads as its active (rule 55)
    reduced_act_roots: set[str] = _words(CONSTRUCTIONS)
    # force with primitive weapons or one-sided on civilians is unconventional violence, 18 (rule 57)
    primitive_weapons: set[str] = _words(CONSTRUCTIONS)
    primitive_weapon_verbs: set[str] = _words(CONSTRUCTIONS)
    civilian_roles: set[str] = _words(CONSTRUCTIONS)
    conventional_force_code: str = _code(CONSTRUCTIONS, "190")
    unconventional_force_code: str = _code(CONSTRUCTIONS, "180")
    # a word whose sense its doers decide (rule 68): a street protest by a non-state group, a blockade by a state
    dissent_verbs: set[str] = _words(CONSTRUCTIONS)
    dissent_roles: set[str] = _words(CONSTRUCTIONS)
    dissent_code: str = _code(CONSTRUCTIONS, "141")
    riot_verbs: set[str] = _words(CONSTRUCTIONS)  # "protesters stormed the embassy": a riot (rule 121g)
    riot_code: str = _code(CONSTRUCTIONS, "145")
    boycott_codes: set[str] = _words(CONSTRUCTIONS)  # rule 372c: a people's boycott is 143, a state's 163
    dissent_boycott_code: str = _code(CONSTRUCTIONS, "143")
    riot_property_codes: set[str] = _words(CONSTRUCTIONS)  # "rioters torched shops": a riot too (rule 329)
    # ConfliBERT train error classes, round 8 (issue 14, session 19; docs/events.md rule 76)
    training_verbs: set[str] = _words(CONSTRUCTIONS)
    training_code: str = _code(CONSTRUCTIONS, "062")
    assisting_purpose_roots: set[str] = _words(CONSTRUCTIONS)
    called_measure_roots: set[str] = _words(CONSTRUCTIONS)
    called_measure_code: str = _code(CONSTRUCTIONS, "111")
    envoy_kept_roots: set[str] = _words(CONSTRUCTIONS)
    obstruction_codes: set[str] = _words(CONSTRUCTIONS)
    state_obstruction_code: str = _code(CONSTRUCTIONS, "191")
    # a strike done by workers or other non-state groups of people is a labour strike, not an attack (rule 78a)
    labour_strike_words: set[str] = _words(CONSTRUCTIONS)
    labour_strike_roles: set[str] = _words(CONSTRUCTIONS)
    labour_strike_code: str = _code(CONSTRUCTIONS, "143")
    armed_bombing_verbs: set[str] = _words(CONSTRUCTIONS)
    armed_bombing_roles: set[str] = _words(CONSTRUCTIONS)
    armed_bombing_code: str = _code(CONSTRUCTIONS, "183")
    bomber_nouns: set[str] = _words(CONSTRUCTIONS)  # "a suicide bomber struck Y" 1831 (rule 189e)
    aircraft_bomber_modifiers: set[str] = _words(CONSTRUCTIONS)  # "strategic bombers": aircraft (rule 213h)
    # a weapon of mass destruction used names the act's kind (rule 194a): "detonated a nuclear weapon over Y" 2042
    mass_destruction_devices: set[str] = _words(CONSTRUCTIONS)
    mass_destruction_act_roots: set[str] = _words(CONSTRUCTIONS)
    mass_destruction_act_codes: set[str] = _words(CONSTRUCTIONS)
    mass_destruction_code: str = _code(CONSTRUCTIONS, "204")
    # a people expelled in thousands (rule 307): "expelled tens of thousands of Indians" 201
    mass_expulsion_codes: set[str] = _words(CONSTRUCTIONS)
    mass_expulsion_counts: set[str] = _words(CONSTRUCTIONS)
    mass_expulsion_code: str = _code(CONSTRUCTIONS, "201")
    # a physical assault's sub-code by its manner or result (rule 369a): "sexually assaulted" 1821, "to death" 1823
    assault_kind_codes: set[str] = _words(CONSTRUCTIONS)
    sexual_assault_words: set[str] = _words(CONSTRUCTIONS)
    sexual_assault_code: str = _code(CONSTRUCTIONS, "1821")
    killing_results: set[str] = _words(CONSTRUCTIONS)
    killing_result_code: str = _code(CONSTRUCTIONS, "1823")
    individual_expulsion_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 307: "expel refugee" 174 is individuals
    individual_expulsion_code: str = _code(CONSTRUCTIONS, "174")
    # police put on alert or mobilised (rule 194e): "put its police on high alert" 151, pairs "old new"
    police_posture_codes: set[str] = _words(CONSTRUCTIONS)
    reduced_carrier_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 194g: "suspended weapons sales to Y" 1622
    police_nouns: set[str] = _words(CONSTRUCTIONS)
    police_alert_objects: set[str] = _words(CONSTRUCTIONS)
    # a labour strike ended is dissent eased; a yield stated negated is refused; a condition's party the target
    # (rule 84)
    halted_dissent_code: str = _code(CONSTRUCTIONS, "082")
    concluding_verbs: set[str] = _words(CONSTRUCTIONS)
    concluded_roots: set[str] = _words(CONSTRUCTIONS)
    refused_yield_roots: set[str] = _words(CONSTRUCTIONS)
    refused_act_roots: set[str] = _words(CONSTRUCTIONS)  # a refused disapproval: the act negated (rule 103)
    taken_from_verbs: set[str] = _words(CONSTRUCTIONS)  # "retook X from Y": Y the target (rule 103)
    condition_party_marks: set[str] = _words(CONSTRUCTIONS)
    own_party_pronouns: set[str] = _words(CONSTRUCTIONS)  # a condition clause on the doers' own act (rule 88a)
    own_goal_roots: set[str] = _words(CONSTRUCTIONS)
    # rule 437b: an offer made to whom its condition falls on ("offered talks if Kyiv withdrew")
    offer_condition_verbs: set[str] = _words(CONSTRUCTIONS)
    offer_condition_marks: set[str] = _words(CONSTRUCTIONS)
    offer_condition_roots: set[str] = _words(CONSTRUCTIONS)
    modifier_nouns: set[str] = _words(CONSTRUCTIONS)  # trigger nouns that as a modifier name a unit (rule 88b)
    arms_place_heads: set[str] = _words(CONSTRUCTIONS)  # "a weapons depot" is no arms supplied (rule 252b)
    # aid or goods received are the giver's act toward the receiver (rule 68d)
    receipt_verbs: set[str] = _words(CONSTRUCTIONS)
    receipt_roots: set[str] = _words(CONSTRUCTIONS)
    # who gives and who receives; the goods' class picks the aid code (rule 145)
    receipt_light_verbs: set[str] = _words(CONSTRUCTIONS)
    receipt_nouns: set[str] = _words(CONSTRUCTIONS)
    gift_passive_verbs: set[str] = _words(CONSTRUCTIONS)
    agent_participles: set[str] = _words(CONSTRUCTIONS)  # rule 376: "sanctions imposed on Y by X"
    goods_containers: set[str] = _words(CONSTRUCTIONS)
    goods_content_preps: set[str] = _words(CONSTRUCTIONS)
    arms_goods: set[str] = _words(CONSTRUCTIONS)
    money_goods: set[str] = _words(CONSTRUCTIONS)
    relief_goods: set[str] = _words(CONSTRUCTIONS)
    plain_goods: set[str] = _words(CONSTRUCTIONS)
    arms_goods_code: str = _code(CONSTRUCTIONS, "072")
    money_goods_code: str = _code(CONSTRUCTIONS, "071")
    relief_goods_code: str = _code(CONSTRUCTIONS, "073")
    received_act_codes: set[str] = _words(CONSTRUCTIONS)
    # active giving verbs take the goods' class; honours are praise; messages and refugees are no visit (rule 158)
    gift_verbs: set[str] = _words(CONSTRUCTIONS)
    given_person_nouns: set[str] = _words(CONSTRUCTIONS)
    # goods promised and handed over take their class; a vow of retaliation is a threat (rule 168)
    phrasal_gift_verbs: set[str] = _words(CONSTRUCTIONS)
    budget_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 409b: "approved $60 billion for Y" 071
    vowed_response_nouns: set[str] = _words(CONSTRUCTIONS)
    honour_goods: set[str] = _words(CONSTRUCTIONS)
    honour_goods_code: str = _code(CONSTRUCTIONS, "051")
    # intelligence given is intelligence shared (rule 371b)
    intelligence_goods: set[str] = _words(CONSTRUCTIONS)
    intelligence_goods_code: str = _code(CONSTRUCTIONS, "064")
    received_nonvisit_nouns: set[str] = _words(CONSTRUCTIONS)
    received_support_code: str = _code(CONSTRUCTIONS, "050")
    # people held or the dead received "from" a party: its return (rule 276a); "each" released: to each other (276d)
    received_return_verbs: set[str] = _words(CONSTRUCTIONS)
    received_return_code: str = _code(CONSTRUCTIONS, "084")
    distributive_words: set[str] = _words(CONSTRUCTIONS)
    distributive_release_roots: set[str] = _words(CONSTRUCTIONS)
    reciprocal_phrases: set[str] = _words(CONSTRUCTIONS)  # rule 434 (lower case in the file): "sanctions on each other"
    # a discussion verb's object is its topic (rule 56a); an act commented on gives way to the comment (rule 56b)
    topic_verbs: set[str] = _words(CONSTRUCTIONS)
    topic_partner_preps: set[str] = _words(CONSTRUCTIONS)
    commented_act_codes: set[str] = _words(CONSTRUCTIONS)
    own_topic_comment_codes: set[str] = _words(CONSTRUCTIONS)  # rule 377: one's own talks an optimistic or
    own_topic_nouns: set[str] = _words(CONSTRUCTIONS)  # pessimistic comment is about are its topic
    own_topic_preps: set[str] = _words(CONSTRUCTIONS)
    investigated_act_roots: set[str] = _words(CONSTRUCTIONS)  # rule 372d: "investigated crimes by Y in Z" -> Y
    struck_party_preps: set[str] = _words(CONSTRUCTIONS)  # "condemned the strikes on Y": Y not condemned (213a)
    prior_act_preps: set[str] = _words(CONSTRUCTIONS)  # "... after clashes": no party of the verb's (rule 213i)
    crossing_heads: set[str] = _words(CONSTRUCTIONS)  # "crossing points", "border checkpoints" (rule 213g)
    crossing_modifiers: set[str] = _words(CONSTRUCTIONS)
    crossing_readings: set[str] = _words(CONSTRUCTIONS)
    cargo_carrier_heads: set[str] = _words(CONSTRUCTIONS)  # "a bulk carrier" read as a ship (session 31, actors17)
    cargo_carrier_modifiers: set[str] = _words(CONSTRUCTIONS)
    cargo_carrier_readings: set[str] = _words(CONSTRUCTIONS)
    naval_vessel_heads: set[str] = _words(CONSTRUCTIONS)  # "naval vessels" read as warships (rule 327)
    naval_vessel_modifiers: set[str] = _words(CONSTRUCTIONS)
    naval_vessel_kinds: set[str] = _words(CONSTRUCTIONS)
    naval_vessel_readings: set[str] = _words(CONSTRUCTIONS)
    press_outlet_nouns: set[str] = _words(CONSTRUCTIONS)  # "a newspaper", "a broadcaster" (rule 260a)
    press_outlet_heads: set[str] = _words(CONSTRUCTIONS)  # "an opposition television channel", "a news outlet"
    press_outlet_modifiers: set[str] = _words(CONSTRUCTIONS)
    press_outlet_readings: set[str] = _words(CONSTRUCTIONS)
    internet_heads: set[str] = _words(CONSTRUCTIONS)  # "internet access" read as the internet (rule 368)
    internet_readings: set[str] = _words(CONSTRUCTIONS)
    police_unit_heads: set[str] = _words(CONSTRUCTIONS)  # rule 372a: "police officers" read as police (153)
    police_unit_readings: set[str] = _words(CONSTRUCTIONS)
    own_police_codes: set[str] = _words(CONSTRUCTIONS)  # rule 372b: "deployed police to Manipur" XXX -> XXXCVL
    police_abroad_codes: set[str] = _words(CONSTRUCTIONS)  # rule 372e: "sent police officers to Haiti" 074
    police_abroad_preps: set[str] = _words(CONSTRUCTIONS)
    alleging_claim_nouns: set[str] = _words(CONSTRUCTIONS)  # "claims that Y had ..." read as allegations (262b)
    alleging_claim_readings: set[str] = _words(CONSTRUCTIONS)
    # a city or region named as the object of a verb of seizure is taken by force, as "captured Kherson" (rule 238a)
    place_name_verbs: set[str] = _words(CONSTRUCTIONS)
    place_name_code: str = _code(CONSTRUCTIONS, "190")
    # a nominal act named as what someone cites or points to is the topic of a statement (rule 60d)
    cited_verbs: set[str] = _words(CONSTRUCTIONS)
    cited_prep_verbs: set[str] = _words(CONSTRUCTIONS)
    # an act that a piece of information is about, or that a for-to clause wishes for, gives way to the main event
    # (rule 62)
    content_nouns: set[str] = _words(CONSTRUCTIONS)
    content_preps: set[str] = _words(CONSTRUCTIONS)
    irrealis_marks: set[str] = _words(CONSTRUCTIONS)
    # a meeting announced with a modal of intent is both parties' stated intent (rule 67a)
    appointment_words: set[str] = _words(CONSTRUCTIONS)
    appointment_verbs: set[str] = _words(CONSTRUCTIONS)
    appointment_modals: set[str] = _words(CONSTRUCTIONS)
    # a journey still to come told in the present is a plan (rule 352)
    futurate_move_verbs: set[str] = _words(CONSTRUCTIONS)
    futurate_stay_verbs: set[str] = _words(CONSTRUCTIONS)
    futurate_time_words: set[str] = _words(CONSTRUCTIONS)
    # an agentless act in an absolute "with" clause is the stance owner's or the governing subject's (rule 67b)
    absolute_preps: set[str] = _words(CONSTRUCTIONS)
    stance_nouns: set[str] = _words(CONSTRUCTIONS)
    # a wish stated in talks with a party is addressed to it (rule 67c)
    medium_preps: set[str] = _words(CONSTRUCTIONS)
    # a nominal act called part of a party's policy is that party's (rule 67d)
    portrayal_verbs: set[str] = _words(CONSTRUCTIONS)
    portrayal_preps: set[str] = _words(CONSTRUCTIONS)
    # the one compelled to act is the act's agent (rule 67e)
    compulsion_verbs: set[str] = _words(CONSTRUCTIONS)
    causative_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 152a
    # a forecast act's subject is the forecast verb's passive subject or the likelihood adjective's subject (rule 125a)
    raising_verbs: set[str] = _words(CONSTRUCTIONS)
    raising_adjs: set[str] = _words(CONSTRUCTIONS)
    # a role noun the parties are brought together as is their joint act (rule 74c)
    joint_adverbs: set[str] = _words(CONSTRUCTIONS)
    joint_role_preps: set[str] = _words(CONSTRUCTIONS)
    permission_verbs: set[str] = _words(CONSTRUCTIONS)
    permission_code: str = _code(CONSTRUCTIONS, "080")
    bare_permission_verbs: set[str] = _words(CONSTRUCTIONS)
    let_idiom_verbs: set[str] = _words(CONSTRUCTIONS)
    # rule 437a: a permission idiom, "verb [modifier ...] noun" lemmas ("clear way", "give green light")
    permission_idioms: set[str] = _words(CONSTRUCTIONS)
    visit_arrival_preps: set[str] = _words(CONSTRUCTIONS)
    visited_place_nouns: set[str] = _words(CONSTRUCTIONS)
    response_preps: set[str] = _words(CONSTRUCTIONS)
    response_nouns: set[str] = _words(CONSTRUCTIONS)
    response_roots: set[str] = _words(CONSTRUCTIONS)
    answered_posture_roots: set[str] = _words(CONSTRUCTIONS)
    capable_force_roots: set[str] = _words(CONSTRUCTIONS)  # rule 348
    capability_adjectives: set[str] = _words(CONSTRUCTIONS)
    capable_act_roots: set[str] = _words(CONSTRUCTIONS)
    purpose_verbs: set[str] = _words(CONSTRUCTIONS)
    purpose_roots: set[str] = _words(CONSTRUCTIONS)
    aid_purpose_roots: set[str] = _words(CONSTRUCTIONS)  # rule 381
    arrival_codes: set[str] = _words(CONSTRUCTIONS)
    dispute_nouns: set[str] = _words(CONSTRUCTIONS)
    figurative_fight_words: set[str] = _words(CONSTRUCTIONS)  # rule 430b
    fight_course_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 430c
    waging_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 430c
    origin_nouns: set[str] = _words(CONSTRUCTIONS)
    shared_boundary_nouns: set[str] = _words(CONSTRUCTIONS)  # "along the border with Y" (rule 129a)
    pair_place_nouns: set[str] = _words(CONSTRUCTIONS)  # "an appeal for the wall between X and Y" (rule 203)
    conveyance_verbs: set[str] = _words(CONSTRUCTIONS)  # "flew food to Malawi" 070 (rule 135b)
    conveyed_aid_nouns: set[str] = _words(CONSTRUCTIONS)
    commercial_frame_preps: set[str] = _words(CONSTRUCTIONS)  # "under a supply deal": trade, not aid (rule 364)
    commercial_contract_nouns: set[str] = _words(CONSTRUCTIONS)
    commercial_frame_nouns: set[str] = _words(CONSTRUCTIONS)
    commercial_frame_modifiers: set[str] = _words(CONSTRUCTIONS)
    commercial_goods_code: str = _code(CONSTRUCTIONS, "061")
    traded_energy_goods: set[str] = _words(CONSTRUCTIONS)  # "shipped LNG to Poland" 061 (rule 364)
    aid_frame_preps: set[str] = _words(CONSTRUCTIONS)  # "shipped wheat to Y as food aid" 073 (rule 364)
    deposit_verbs: set[str] = _words(CONSTRUCTIONS)  # "deposited $3 billion in Y's central bank" 071 (rule 324c)
    deposit_preps: set[str] = _words(CONSTRUCTIONS)
    deposit_places: set[str] = _words(CONSTRUCTIONS)
    patient_owner_roots: set[str] = _words(CONSTRUCTIONS)  # "the seizure of an Indian boat by Y" (rule 135c)
    goods_owner_roots: set[str] = _words(CONSTRUCTIONS)  # "the delivery of UN aid to Haiti" (rule 135d)
    of_doer_codes: set[str] = _words(CONSTRUCTIONS)  # "the sanctions of the EU against Belarus" (rule 399)
    # statements of intent and shows of force (docs/events.md rule 25)
    plan: Wrapper | None = field(default=None, metadata=_shape("intent_statements", "plan_refine", keyed(str)))
    plan_verbs: set[str] = _words("intent_statements")
    plan_nouns: set[str] = _words("intent_statements")
    plan_preps: set[str] = _words("intent_statements")
    first_person_objects: set[str] = _words("pronoun_objects", "quote_objects")
    troop_offer_code: str = _code("intent_statements", "0312")
    hostile_deployment_preps: set[str] = _words("intent_statements")
    # weighing a cooperative act is CAMEO 014 "consider policy option", a statement (rule 61)
    deliberation_code: str = _code("intent_statements", "014")
    participle_objects: set[str] = _words("pronoun_objects")
    relative_objects: set[str] = _words("pronoun_objects")  # "Y, which X accused of ...": Y (rule 121a)
    quote_possessives: set[str] = _words("pronoun_objects")
    exercise_nouns: set[str] = _words("force_posture")
    exercise_phrases: set[tuple[str, str]] = field(
        default_factory=set, metadata=_shape("force_posture", "exercise_phrases", (Words, Field(default_factory=list)))
    )
    posture_preps: set[str] = _words("force_posture")
    airspace_nouns: set[str] = _words("force_posture")
    territorial_nouns: set[str] = _words("force_posture")  # "entered Japanese territorial waters" (rule 210)
    territorial_modifiers: set[str] = _words("force_posture")
    scramble_verbs: set[str] = _words("force_posture")  # "scrambled jets to intercept Y's drones" (rule 210)
    scrambled_forces: set[str] = _words("force_posture")
    shadow_verbs: set[str] = _words("force_posture")  # "shadowed a Russian warship" (rule 210)
    watched_vessels: set[str] = _words("force_posture")  # "shadowed the British tanker" (rule 235a)
    escort_verbs: set[str] = _words("force_posture")  # "escorted two Russian warships" (rule 235a)
    vessel_verbs: set[str] = _words("force_posture")  # a ship boarded or escorted: its owner (rule 235c)
    escorted_forces: set[str] = _words("force_posture")
    intercept_verbs: set[str] = _words("force_posture")  # "intercepted a Russian spy plane" (rule 235b)
    intercepted_aircraft: set[str] = _words("force_posture")
    incursion_verbs: set[str] = _words("force_posture")
    incursion_nouns: set[str] = _words("force_posture")
    posture_code: str = _code("force_posture", "150")
    incursion_code: str = _code("force_posture", "150")
    move_verbs: set[str] = _words("force_posture")  # forces moved up to another party (rule 51a)
    moved_forces: set[str] = _words("force_posture")
    formation_nouns: set[str] = _words("force_posture")  # rule 342: "a carrier strike group" is armed force
    formation_modifiers: set[str] = _words("force_posture")  # rule 342: "an amphibious ready group"
    approach_words: set[str] = _words("force_posture")
    answered_preps: set[str] = _words("force_posture")  # rule 91b: "after" Y's remarks
    answered_nouns: set[str] = _words("force_posture")  # rule 91b: words or provocations a force move answers
    answered_clause_roots: set[str] = _words("force_posture")  # rule 133f: "on alert after Y's jets entered ..."
    answered_clause_marks: set[str] = _words("force_posture")  # rules 133f, 308: "after / when / as Y's jets ..."
    answered_clause_comment_verbs: set[str] = _words("force_posture")  # rule 308: "as NATO officials had warned"
    force_senders: set[str] = _words("force_posture")
    departure_verbs: set[str] = _words("force_posture")  # "troops began leaving Y" (rule 89a)
    departure_places: set[str] = _words("force_posture")  # "demanded that China leave the shoal" (rule 387c)
    departure_code: str = _code("force_posture", "0874")
    command_verbs: set[str] = _words("force_posture")  # "ordered the deployment of ..." (rule 58b)
    ordered_own_codes: set[str] = _words("force_posture")  # "ordered the withdrawal of its troops" (rule 60a)
    ordered_act_roots: set[str] = _words("force_posture")  # "ordered the arrest of Y nationals" (rule 142a)
    buildup_words: set[str] = _words("force_posture")  # "massed troops", "mobilized reservists" (rule 133c)
    buildup_code: str = _code("force_posture", "154")
    # a national team's result is no event (issue 14, session 25, branch sports2; rule 147)
    sport_sense_roots: set[str] = _words("force_posture")
    sport_nouns: set[str] = _words("force_posture")
    sport_proper_nouns: set[str] = _words("force_posture")
    score_nouns: set[str] = _words("force_posture")
    tally_words: set[str] = _words("force_posture")
    sport_team_nouns: set[str] = _words("force_posture")
    # reported accusations and denials (rule 60b/c: the `claims` section)
    report_verbs: set[str] = _words("claims", lower=True)
    culprit_preps: set[str] = _words("claims", lower=True)
    culprit_words: set[str] = _words("claims", lower=True)
    deceit_verbs: set[str] = _words("claims", lower=True)
    menace_nouns: set[str] = _words("claims", lower=True)  # rule 200: "(X said) Y is a threat"
    pact_violation_verbs: set[str] = _words("claims", lower=True)  # rule 218a: "(X said) Y violated the truce"
    pact_nouns: set[str] = _words("claims", lower=True)
    said_of_pronouns: set[str] = _words("claims", lower=True)  # rule 218d: '"They are lying," X said of Y'
    attribution_verbs: set[str] = _words("claims", lower=True)  # rule 232: "attributed the cyberattack to Y"
    incident_nouns: set[str] = _words("claims", lower=True)
    hedged_claim_verbs: set[str] = _words("claims", lower=True)
    culpable_verbs: set[str] = _words("claims", lower=True)
    allegation_speech_verbs: set[str] = _words("claims", lower=True)  # their clause's act is alleged (rule 75a)
    claim_nouns: set[str] = _words("claims", lower=True)
    falsity_words: set[str] = _words("claims", lower=True)
    claim_owner_preps: set[str] = _words("claims", lower=True)
    accuser_preps: set[str] = _words("claims", lower=True)
    accusation_code: str = _code("claims", "112")
    consequence_threat_code: str = _code("claims", "130")  # rule 200: "Y will pay a heavy price," X said
    wrong_preps: set[str] = _words("claims", lower=True)  # rule 165a: "accused Y of", "an inquiry into"
    charge_laying_verbs: set[str] = _words("claims", lower=True)  # rule 165b: a charge laid by a court or police
    charge_laying_roles: set[str] = _words("claims")
    legal_action_code: str = _code("claims", "173")
    inquiry_code: str = _code("claims", "090")  # rule 165d: an investigation not specified ...
    criminal_inquiry_code: str = _code("claims", "091")  # ... is a criminal one when a court or police opens it
    acquittal_verbs: set[str] = _words("claims", lower=True)  # rule 165c: "acquitted Y of genocide charges"
    # rule 165a: an accusation (112) refined by the wrong it names, by word or by the code of the act named; an
    # investigation (090) by the accusation's sub-code of the same wrong
    accused: Wrapper | None = field(default=None, metadata=_shape("", "wrongs", keyed(str)))
    inquired: Wrapper | None = field(default=None, metadata=_shape("", "inquired_wrongs", keyed(str)))
    false_claim_code: str = _code("claims", "016")
    # recall on real news, round 3 (issue 14, session 8; docs/events.md rule 28)
    wish_verbs: set[str] = _words("intent_statements")
    wish_roots: set[str] = _words("intent_statements")
    seek_verbs: set[str] = _words("intent_statements")  # rule 172d
    seek_roots: set[str] = _words("intent_statements")
    seek_appeal_roots: set[str] = _words("intent_statements")  # rule 254c: "sought sanctions relief from Y"
    wish_nouns: set[str] = _words("intent_statements")
    wish_noun_preps: set[str] = _words("intent_statements")
    deliberation_verbs: set[str] = _words("intent_statements")
    deliberation_nouns: set[str] = _words("intent_statements")
    deliberation_roots: set[str] = _words("intent_statements")
    speak_verbs: set[str] = _words(CONSTRUCTIONS)
    speak_preps: set[str] = _words(CONSTRUCTIONS)
    meeting_place_preps: set[str] = _words(CONSTRUCTIONS)  # rule 155d: "met in Geneva" (a third country: 044)
    third_place_code: str = _code(CONSTRUCTIONS, "044")
    meeting_venue_preps: set[str] = _words(CONSTRUCTIONS)  # rule 353: "met at a hotel in Geneva" (044)
    meeting_place_relatives: set[str] = _words(CONSTRUCTIONS)  # rule 402b: "Doha, where A and B met" (044)
    where_destination_codes: set[str] = _words(CONSTRUCTIONS)  # rule 410a: "Cairo, where X paid a visit" (042)
    venue_signing_codes: set[str] = _words(CONSTRUCTIONS)  # rule 410d: "signed at their summit in C" (044)
    signing_occasion_preps: set[str] = _words(CONSTRUCTIONS)  # rule 410d: "at", "during" their summit
    phone_preps: set[str] = _words(CONSTRUCTIONS)  # rule 155d: "discussed it by telephone" (041)
    phone_code: str = _code(CONSTRUCTIONS, "041")
    phone_nouns: set[str] = _words(CONSTRUCTIONS)
    topic_meeting_codes: set[str] = _words(CONSTRUCTIONS)  # rule 371c: "consulted Y on Z" discusses Z
    phoned_verbs: set[str] = _words(CONSTRUCTIONS)  # "told Y by phone": 041 with Y (rule 105d)
    call_setting_preps: set[str] = _words(CONSTRUCTIONS)  # "urged Y in a phone call to ...": the call (rule 191)
    ultimatum_setting_preps: set[str] = _words(CONSTRUCTIONS)  # "in an ultimatum to Y, X ...": given (rule 386b)
    withdrawal_code: str = _code(CONSTRUCTIONS, "0874")
    # arguments, round 2 (issue 14, session 8; docs/events.md rule 29)
    protest_roots: set[str] = _words(CONSTRUCTIONS)
    aim_roots: set[str] = _words(CONSTRUCTIONS)
    aim_preps: set[str] = _words(CONSTRUCTIONS)
    assembly_verbs: set[str] = _words(CONSTRUCTIONS)
    assembly_posts: set[str] = _words(CONSTRUCTIONS)  # "gathered outside the embassy": a protest (rule 333)
    assembly_post_preps: set[str] = _words(CONSTRUCTIONS)
    patient_nouns: set[str] = _words(CONSTRUCTIONS)
    assembly_code: str = _code(CONSTRUCTIONS, "141")
    purpose_protest_codes: set[str] = _words(CONSTRUCTIONS)  # a protest's sub-code by its aim (rule 188a)
    purpose_aim_codes: set[str] = _words(CONSTRUCTIONS)
    purpose_preps: set[str] = _words(CONSTRUCTIONS)  # rule 188e: the aim a protest's phrase names
    purpose_leadership_nouns: set[str] = _words(CONSTRUCTIONS)
    purpose_policy_nouns: set[str] = _words(CONSTRUCTIONS)
    purpose_rights_nouns: set[str] = _words(CONSTRUCTIONS)
    purpose_regime_nouns: set[str] = _words(CONSTRUCTIONS)
    # short sentences (issue 14, session 9; docs/events.md rule 31)
    attitude_words: set[str] = _words(CONSTRUCTIONS)
    attitude_roots: set[str] = _words(CONSTRUCTIONS)
    role_preps: set[str] = _words(CONSTRUCTIONS)
    state_preps: set[str] = _words(CONSTRUCTIONS)  # "put its forces on alert" (rule 77i)
    state_nouns: set[str] = _words(CONSTRUCTIONS)
    hosting_verbs: set[str] = _words(CONSTRUCTIONS)
    hosting_between_code: str = _code(CONSTRUCTIONS, "045")
    shuttle_verbs: set[str] = _words(CONSTRUCTIONS)  # "envoys shuttled between A and B" 045 (rule 242e)
    mediating_verbs: set[str] = _words(CONSTRUCTIONS)
    mediated_meeting_nouns: set[str] = _words(CONSTRUCTIONS)
    meeting_arranging_verbs: set[str] = _words(CONSTRUCTIONS)
    meeting_holding_verbs: set[str] = _words(CONSTRUCTIONS)
    mediation_nouns: set[str] = _words(CONSTRUCTIONS)
    mediation_preps: set[str] = _words(CONSTRUCTIONS)
    partisan_nouns: set[str] = _words(CONSTRUCTIONS)
    partisan_preps: set[str] = _words(CONSTRUCTIONS)
    partisan_fight_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 229: "fought for Russia" names an ally
    partisan_fight_preps: set[str] = _words(CONSTRUCTIONS)
    partisan_fight_code: str = _code(CONSTRUCTIONS, "072")
    nonevent_phrases: set[str] = _words(CONSTRUCTIONS)  # rule 167: "concluded the war", "reinforced ties"
    office_removal_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 245b: "dismissed the justice minister"
    office_nouns: set[str] = _words(CONSTRUCTIONS)
    moved_force_roots: set[str] = _words(CONSTRUCTIONS)
    pressing_verbs: set[str] = _words(CONSTRUCTIONS)
    pressing_code: str = _code(CONSTRUCTIONS, "100")
    verbal_pressure_codes: set[str] = _words(CONSTRUCTIONS)  # rule 315: "pressured Y in a speech" 100
    verbal_means_preps: set[str] = _words(CONSTRUCTIONS)
    verbal_means_nouns: set[str] = _words(CONSTRUCTIONS)
    journey_verbs: set[str] = _words(CONSTRUCTIONS)
    journey_preps: set[str] = _words(CONSTRUCTIONS)
    journey_code: str = _code(CONSTRUCTIONS, "042")
    patient_roots: set[str] = _words(CONSTRUCTIONS)
    weapon_code: str = _code(CONSTRUCTIONS, "072")
    removal_verbs: set[str] = _words(CONSTRUCTIONS)
    removal_member_preps: set[str] = _words(CONSTRUCTIONS)
    custody_verbs: set[str] = _words(CONSTRUCTIONS)
    # an act of force with no named doer, done where one country holds the ground (rule 70b)
    unattributed_attack_means: set[str] = _words(CONSTRUCTIONS)
    attack_place_preps: set[str] = _words(CONSTRUCTIONS)
    bombing_place_preps: set[str] = _words(CONSTRUCTIONS)  # "blew himself up outside Y's embassy" (395)
    attacked_object_preps: set[str] = _words(CONSTRUCTIONS)  # "an air strike on a market in Y" (444)
    hope_nouns: set[str] = _words(CONSTRUCTIONS)
    hope_code: str = _code(CONSTRUCTIONS, "013")
    hope_express_verbs: set[str] = _words(CONSTRUCTIONS)
    hope_for_preps: set[str] = _words(CONSTRUCTIONS)
    doubt_nouns: set[str] = _words(CONSTRUCTIONS)
    doubt_code: str = _code(CONSTRUCTIONS, "012")
    # CAMEO root choice (issue 14, session 9; docs/events.md rule 35)
    accord_code: str = _code(CONSTRUCTIONS, "019")
    accord_nouns: set[str] = _words(CONSTRUCTIONS)  # "agreed with Y's position" (rule 192e)
    accord_adverbs: set[str] = _words(CONSTRUCTIONS)  # "fully agreed with Y" (rule 192e)
    acting_verbs: set[str] = _words(CONSTRUCTIONS)  # "acted as mediator between A and B" (rule 192g)
    welcome_host_verbs: set[str] = _words(CONSTRUCTIONS)  # "welcomed Milei to Rome" (rule 192h)
    welcome_host_code: str = _code(CONSTRUCTIONS, "043")
    behalf_verbs: set[str] = _words(CONSTRUCTIONS)  # "lobbied on behalf of Y" (rule 192i)
    behalf_nouns: set[str] = _words(CONSTRUCTIONS)
    behalf_code: str = _code(CONSTRUCTIONS, "053")
    defence_speech_verbs: set[str] = _words(CONSTRUCTIONS)  # "spoke out in defence of Y" (rule 192j)
    defence_nouns: set[str] = _words(CONSTRUCTIONS)
    defence_speech_code: str = _code(CONSTRUCTIONS, "052")
    effort_nouns: set[str] = _words(CONSTRUCTIONS)
    condition_nouns: set[str] = _words(CONSTRUCTIONS)  # "declared a state of emergency" (rule 189c)
    admission_nouns: set[str] = _words(CONSTRUCTIONS)  # "allowed the return of inspectors" (rule 77f)
    backing_verbs: set[str] = _words(CONSTRUCTIONS)
    backing_nouns: set[str] = _words(CONSTRUCTIONS)
    backing_code: str = _code(CONSTRUCTIONS, "070")
    # ConfliBERT train error classes, round 2 (issue 14, session 10; docs/events.md rule 36)
    outcome_verbs: set[str] = _words(CONSTRUCTIONS)
    failed_agreement_code: str = _code(CONSTRUCTIONS, "120")
    truce_nouns: set[str] = _words(CONSTRUCTIONS)
    truce_code: str = _code(CONSTRUCTIONS, "0871")
    asked_truce_wrappers: set[str] = _words(CONSTRUCTIONS)  # rule 155e: "demanded a ceasefire" 107, not 102
    asked_truce_roots: set[str] = _words(CONSTRUCTIONS)  # rules 187, 213e: "demanded that Y accept a truce" 107
    agreed_truce_code: str = _code(CONSTRUCTIONS, "0356")  # rule 187: "agreed to a ceasefire with Y"
    rejected_truce_code: str = _code(CONSTRUCTIONS, "1246")  # rule 187: "ruled out a truce with Y"
    rejected_truce_from: set[str] = _words(CONSTRUCTIONS)
    urging_verbs: set[str] = _words(CONSTRUCTIONS)
    foreign_ground_roots: set[str] = _words(CONSTRUCTIONS)
    foreign_post_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 314: a state's base, embassy or ship abroad
    regarding_codes: set[str] = _words(CONSTRUCTIONS)
    regarding_preps: set[str] = _words(CONSTRUCTIONS)
    # left classes on real news (issue 14, session 10; docs/events.md rule 38)
    naming_verbs: set[str] = _words(CONSTRUCTIONS)
    insult_words: set[str] = _words(CONSTRUCTIONS)
    insult_adjectives: set[str] = _words(CONSTRUCTIONS)  # "called Y a nasty negotiator" 111 (rule 431e)
    insult_kind_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 237c
    insult_code: str = _code(CONSTRUCTIONS, "111")
    greeting_verbs: set[str] = _words(CONSTRUCTIONS)
    greeted_nouns: set[str] = _words(CONSTRUCTIONS)
    audience_preps: set[str] = _words(CONSTRUCTIONS)
    denial_verbs: set[str] = _words(CONSTRUCTIONS)
    claim_rejection_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 123a: "rejected accusations that ..."
    denial_code: str = _code(CONSTRUCTIONS, "016")
    denied_part_nouns: set[str] = _words(CONSTRUCTIONS)  # "denied any role in the attack": a denial (rule 105c)
    perpetration_verbs: set[str] = _words(CONSTRUCTIONS)  # "committed mass killings": the act done (rule 121d)
    # ConfliBERT train error classes, round 3 (issue 14, session 10; docs/events.md rule 40)
    force_nouns: set[str] = _words(CONSTRUCTIONS)
    presence_verbs: set[str] = _words(CONSTRUCTIONS)
    presence_code: str = _code(CONSTRUCTIONS, "150")
    inspection_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 154a: "IAEA inspectors arrived in Iran" (042)
    inspection_arrival_code: str = _code(CONSTRUCTIONS, "042")
    purpose_deep_deps: set[str] = _words(CONSTRUCTIONS)
    coercion_verbs: set[str] = _words(CONSTRUCTIONS)
    coercion_codes: set[str] = _words(CONSTRUCTIONS)
    # weakly labelled recall proxies (issue 14, session 10; docs/events.md rule 39)
    area_nouns: set[str] = _words(CONSTRUCTIONS)
    area_roots: set[str] = _words(CONSTRUCTIONS)
    onset_verbs: set[str] = _words(CONSTRUCTIONS)
    # ConfliBERT train error classes, round 5 (issue 14, session 12; docs/events.md rule 42)
    spokes_nouns: set[str] = _words(CONSTRUCTIONS)
    # refusals of another party's request (issue 14, session 13; docs/events.md rule 44)
    reject_phrasals: set[str] = _words(CONSTRUCTIONS)
    blocking_reduce_verbs: set[str] = _words(CONSTRUCTIONS)  # "stopped the transfer of arms": a block (rule 170)
    reduction_lifting_verbs: set[str] = _words(CONSTRUCTIONS)  # "lifted the pause on aid": no cut (rule 170)
    reduce_phrasals: set[str] = _words(CONSTRUCTIONS)  # phrasal verbs read as the `reduce` wrapper (rule 161)
    aid_blocking_verbs: set[str] = _words(CONSTRUCTIONS)  # "blocked military aid to Y": the aid cut (rule 442b)
    aid_blocking_codes: set[str] = _words(CONSTRUCTIONS)
    stopped_aid_code: str = _code(CONSTRUCTIONS, "162")  # rule 443: aid stopped acts on its recipient
    gerund_noun_deps: set[str] = _words(CONSTRUCTIONS)  # a gerund as a noun: its "between" pair (rule 162)
    request_wrappers: set[str] = _words(CONSTRUCTIONS)
    # an act named by a noun under a request or refusal (issue 14, session 14; docs/events.md rule 45)
    act_nominals: set[str] = _words(CONSTRUCTIONS)
    carrier_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 178c: "China's tightening of restrictions on Y"
    regime_imposing_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 277c: "triggered the snapback of UN sanctions"
    asked_coercion_roots: set[str] = _words(CONSTRUCTIONS)  # rule 277d: "urged Y to keep up pressure on Z" 020
    # travel advisories, force named by a noun, aid to located people (issue 14, session 15; docs/events.md rule 47)
    avoidance_verbs: set[str] = _words(CONSTRUCTIONS)
    located_recipient_codes: set[str] = _words(CONSTRUCTIONS)
    recipient_preps: set[str] = _words(CONSTRUCTIONS)
    acceptance_verbs: set[str] = _words(CONSTRUCTIONS)
    accepted_proposal_nouns: set[str] = _words(CONSTRUCTIONS)
    accepting_to_verbs: set[str] = _words(CONSTRUCTIONS)
    yielding_to_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 361: "bowed to Y's demands for ..." 083x
    yielded_demand_code: str = _code(CONSTRUCTIONS, "083")
    demand_meeting_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 363: "met Y's demands for ..." 083x
    yielded_rights_words: set[str] = _words(CONSTRUCTIONS)  # rule 363: "for press freedom" 0833
    yielded_rights_code: str = _code(CONSTRUCTIONS, "0833")
    yielded_institution_words: set[str] = _words(CONSTRUCTIONS)  # rule 363: "for a new constitution" 0834
    yielded_institution_code: str = _code(CONSTRUCTIONS, "0834")
    yielded_reform_words: set[str] = _words(CONSTRUCTIONS)  # rule 363: "for political reform" 083
    proposing_participles: set[str] = _words(CONSTRUCTIONS)
    accepted_truce_code: str = _code(CONSTRUCTIONS, "0356")
    accepted_proposal_code: str = _code(CONSTRUCTIONS, "030")
    settling_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 331: "a plan for ending its dispute with Y"
    invitation_nouns: set[str] = _words(CONSTRUCTIONS)
    accepted_invitation_code: str = _code(CONSTRUCTIONS, "036")
    settlement_plan_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 208: "rejected Y's peace proposal" (127)
    settlement_plan_modifiers: set[str] = _words(CONSTRUCTIONS)
    rejected_settlement_code: str = _code(CONSTRUCTIONS, "127")
    settlement_reaching_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 349: "urged Y to reach a settlement"
    appealed_settlement_code: str = _code(CONSTRUCTIONS, "027")  # rule 349: "urged Y to settle the dispute"
    intended_settlement_code: str = _code(CONSTRUCTIONS, "037")  # rule 370b: "pledged to settle the dispute"
    rejected_invitation_code: str = _code(CONSTRUCTIONS, "125")  # rule 208: "rejected Y's invitation to Moscow"
    rejected_troop_offer_code: str = _code(CONSTRUCTIONS, "1212")  # rule 340: "rejected Y's offer of troops"
    troop_offering_words: set[str] = _words(CONSTRUCTIONS)  # rule 343: "offered to station troops in Y" (0312)
    sent_force_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 343: "an offer to deploy forces" (forces sent)
    proposal_shelving_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 253c: "shelved Y's ceasefire proposal"
    talks_round_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 253d: "the next round of talks is to be held"
    scheduling_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 253d: "talks are scheduled for Saturday"
    numbered_plan_heads: set[str] = _words(CONSTRUCTIONS)  # rule 253b: "rejected the 28-point plan" (127)
    surrender_words: set[str] = _words(CONSTRUCTIONS)  # rule 253b: "rejected the plan as capitulation" (127)
    mediation_act_code: str = _code(CONSTRUCTIONS, "045")
    accepted_mediation_code: str = _code(CONSTRUCTIONS, "038")
    offered_mediation_code: str = _code(CONSTRUCTIONS, "039")
    # an offer welcomed by a party to it is taken up (issue 14, session 24; docs/events.md rule 131a)
    offer_welcoming_verbs: set[str] = _words(CONSTRUCTIONS)
    welcomed_offer_nouns: set[str] = _words(CONSTRUCTIONS)
    welcomed_offer_roots: set[str] = _words(CONSTRUCTIONS)
    # measures on parties named only through an affiliation (issue 14, session 15; docs/events.md rule 49)
    affiliated_target_codes: set[str] = _words(CONSTRUCTIONS)
    measure_preps: set[str] = _words(CONSTRUCTIONS)
    affiliation_participles: set[str] = _words(CONSTRUCTIONS)
    affiliation_preps: set[str] = _words(CONSTRUCTIONS)
    # precision on real news (issue 14, branch newsprec; docs/events.md rule 26)
    conj_climb_deps: set[str] = _words(CONSTRUCTIONS)
    unrealized_wrappers: set[str] = _words(CONSTRUCTIONS)
    negated_intent_roots: set[str] = _words(CONSTRUCTIONS)
    carrier_nouns: set[str] = _words(CONSTRUCTIONS)
    agent_nouns: set[str] = _words(CONSTRUCTIONS)
    receiving_verbs: set[str] = _words(CONSTRUCTIONS)
    # precision on real news, round 2 (issue 14, session 8, branch newsprec2; docs/events.md rule 30)
    mind_verbs: set[str] = _words(CONSTRUCTIONS)
    concurrent_marks: set[str] = _words(CONSTRUCTIONS)
    statement_demand_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 139a: "insisted that it had ..."
    past_auxiliaries: set[str] = _words(CONSTRUCTIONS)  # rule 139a
    helping_verbs: set[str] = _words(CONSTRUCTIONS)
    civil_objects: set[str] = _words(CONSTRUCTIONS)
    attribution_words: set[str] = _words(CONSTRUCTIONS)
    described_actor_roots: set[str] = _words(CONSTRUCTIONS)  # rule 181: "troops backed by Y attacked Z"
    # recall on real news, round 4 (issue 14, session 9, branch newsrecall4; docs/events.md rule 32)
    means_preps: set[str] = _words(CONSTRUCTIONS)
    joined_act_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 254b: "X joined Y in sanctioning Z"
    joined_act_preps: set[str] = _words(CONSTRUCTIONS)
    venue_nouns: set[str] = _words(CONSTRUCTIONS)
    relation_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 212: "Washington's allies" are not Washington
    anterior_preps: set[str] = _words(CONSTRUCTIONS)
    # a contact gerund after "after"/"before" has the clause's subject (issue 14, session 22, fronted1; rule 113a)
    contact_gerund_preps: set[str] = _words(CONSTRUCTIONS)
    contact_gerund_roots: set[str] = _words(CONSTRUCTIONS)
    # a stated response to another party's act is a threat (issue 14, session 23, speaker1; rule 118a)
    retaliation_verbs: set[str] = _words(CONSTRUCTIONS)
    retaliation_code: str = _code(CONSTRUCTIONS, "130")
    retaliation_force_code: str = _code(CONSTRUCTIONS, "190")
    retaliation_force_words: set[str] = _words(CONSTRUCTIONS)
    retaliation_wrappers: set[str] = _words(CONSTRUCTIONS)
    retaliation_preps: set[str] = _words(CONSTRUCTIONS)
    neutral_response_verbs: set[str] = _words(CONSTRUCTIONS)
    retaliation_object_roots: set[str] = _words(CONSTRUCTIONS)
    retaliation_object_nouns: set[str] = _words(CONSTRUCTIONS)
    retaliation_reference_verbs: set[str] = _words(CONSTRUCTIONS)
    reproach_code: str = _code(CONSTRUCTIONS, "111")
    # ConfliBERT train error classes (issue 14, session 9, branch confli; docs/events.md rule 33)
    mission_nouns: set[str] = _words(CONSTRUCTIONS)
    mission_preps: set[str] = _words(CONSTRUCTIONS)
    destination_preps: set[str] = _words(CONSTRUCTIONS)
    mission_roots: set[str] = _words(CONSTRUCTIONS)
    responsibility_words: set[str] = _words(CONSTRUCTIONS)
    claimed_place_preps: set[str] = _words(CONSTRUCTIONS)
    claim_verbs: set[str] = _words(CONSTRUCTIONS)
    # one's own act of force claimed is also the claim, CAMEO 015 (issue 14, session 17; docs/events.md rule 61)
    claimed_clause_verbs: set[str] = _words(CONSTRUCTIONS)
    claimed_act_roots: set[str] = _words(CONSTRUCTIONS)
    claim_code: str = _code(CONSTRUCTIONS, "015")
    information_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 85c: "information on Y" is about Y, not toward it
    speech_topic_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 261d: "remarks by X on Y" are about Y
    stance_topic_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 277b: "Washington's stance on the talks"
    member_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 85e: "republics from the CIS" act for the CIS
    body_people_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 400b: "Republicans in Congress" act for Congress
    from_role_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 299: "Leaders from A, B and C met"
    containment_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 89b: "a blockade around Y" acts on Y
    containment_preps: set[str] = _words(CONSTRUCTIONS)

    object_topic_preps: set[str] = _words(CONSTRUCTIONS)  # rule 87a: "an investigation into crimes committed by Y"
    held_thing_nouns: set[str] = _words(CONSTRUCTIONS)  # "the release of a tanker seized by Y" (rule 121h)
    ruled_out_predicates: set[str] = _words(CONSTRUCTIONS)  # rule 87d: "said lifting sanctions is out of the question"
    to_intent_adjs: set[str] = _words(CONSTRUCTIONS)  # rule 108d: "open to talks with Y" (the intent wrapper)
    concern_adjs: set[str] = _words(CONSTRUCTIONS)  # rule 108d: "US deeply concerned over Y's troop build-up"
    concern_code: str = _code(CONSTRUCTIONS, "111")

    possessor_reason_preps: set[str] = _words(CONSTRUCTIONS)  # rule 109a: "punish Y over its invasion of Z"
    possessor_object_preps: set[str] = _words(CONSTRUCTIONS)  # rule 109a: "sanctions on Y over its missile tests"
    possessor_response_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 412b: "in response to its invasion of Z"
    hosted_show_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 114a: "hosted a TV show about China" (no 043)
    hosted_nonvisit_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 205: "hosts a Ukrainian community" (no 043)
    player_signing_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 401a: "signed a Brazilian striker" (no 057)
    player_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 401a
    tourist_receiving_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 401b: "welcomed a million tourists" (no 051)
    tourist_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 401b
    question_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 114b: "asked about his health" (a question, no 020)
    question_preps: set[str] = _words(CONSTRUCTIONS)  # rule 114b
    pressed_act_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 431d: "pressed their offensive" (the fighting)
    pressed_act_roots: set[str] = _words(CONSTRUCTIONS)  # rule 431d
    seized_chance_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 431d: "seized on the remarks" (no event)
    seized_chance_preps: set[str] = _words(CONSTRUCTIONS)  # rule 431d
    hope_clause_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 114c: "hopes Y will send troops" (a wish)
    hope_clause_modals: set[str] = _words(CONSTRUCTIONS)  # rule 114d: "hopes Y will" (the hoper's appeal to Y)
    speculation_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 180b: "analysts believe Y will attack Z"
    feared_clause_words: set[str] = _words(CONSTRUCTIONS)  # rule 180b: "many fear that Y is preparing to strike"
    commentator_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 200: '"Y will attack Z," an analyst said'
    speculation_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 180b: "expectations that Y would resume talks"
    conditional_modals: set[str] = _words(CONSTRUCTIONS)  # rule 180c: "if ..., Z would ask W for help"
    outcome_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 180c: "a Russian victory would embolden Z to ..."
    inverted_condition_auxes: set[str] = _words(CONSTRUCTIONS)  # rule 180c: "should Y move troops, ..."
    condition_phrase_preps: set[str] = _words(CONSTRUCTIONS)  # rule 285: "without the aid, Y would ..."
    condition_phrase_manner_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 285: "without preconditions" (manner)
    condition_phrase_advs: set[str] = _words(CONSTRUCTIONS)  # rule 285: "otherwise, Y would ..."
    condition_proviso_words: set[str] = _words(CONSTRUCTIONS)  # rule 347: "Y would ... provided that Z ..."
    condition_only_preps: set[str] = _words(CONSTRUCTIONS)  # rule 347: "Y would ... only after Z ..."
    condition_case_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 285: "in that case, Y would ..."
    condition_case_dets: set[str] = _words(CONSTRUCTIONS)  # rule 285
    condition_amount_words: set[str] = _words(CONSTRUCTIONS)  # rule 285: "with more air defence, Y would ..."
    future_condition_marks: set[str] = _words(CONSTRUCTIONS)  # rule 385c: "will not X until Y withdraws"
    concern_topic_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 385b: "concern over the fighting between A and B"
    concern_topic_preps: set[str] = _words(CONSTRUCTIONS)  # rule 385b
    concern_topic_roots: set[str] = _words(CONSTRUCTIONS)  # rule 385b
    habitual_words: set[str] = _words(CONSTRUCTIONS)  # rule 180d: "border clashes tend to flare up"
    goal_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 180e: "X's priority remains a deal with Y"
    copula_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 180e, 180f
    topic_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 180f: "topics include Chinese investment in Y"
    poll_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 180g: "most Koreans support ..., a survey found"
    writing_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 180f: "the paper analyses Chinese lending to Y"
    mention_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 180f
    scenario_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 196a: "another scenario is a blockade of Y"
    scenario_phrase_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 196a: "in the worst case, Y attacks Z"
    chance_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 196b: "there is no guarantee that Y will release ..."
    habitual_clause_words: set[str] = _words(CONSTRUCTIONS)  # rule 196d: "whenever Y harasses Z's vessels, ..."
    denied_intention_words: set[str] = _words(CONSTRUCTIONS)  # rule 196e: "denied plans to attack Y" (016)
    advised_time_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 196f: "it is time for Y to recognise Z"
    conjoined_object_preps: set[str] = _words(CONSTRUCTIONS)  # rule 120d: "imposed sanctions on Y and froze ..."
    conjunct_wrappers: set[str] = _words(CONSTRUCTIONS)  # rule 134a: "agreed to expand trade and cooperate on Z"
    joint_agreement_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 134b: "A and B agreed to expand trade"
    joint_agreement_roots: set[str] = _words(CONSTRUCTIONS)  # rule 134b
    joint_deescalation_codes: set[str] = _words(CONSTRUCTIONS)  # rule 302: "A and B agreed to withdraw troops"
    investigation_roots: set[str] = _words(CONSTRUCTIONS)  # rule 134c: "investigated reports that Y bombed Z"
    reported_claim_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 134c: report, claim, allegation (not statement)
    confirming_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 134c: "confirmed reports that Y bombed Z" (asserted)
    veto_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 134d: "vetoed the NATO proposal on Y" (X -> NATO)
    phase_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 236a: "blocked the opening of talks" as "blocked talks"
    deployment_of_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 362: "accepted the deployment of peacekeepers"
    received_force_roots: set[str] = _words(CONSTRUCTIONS)  # rule 363: no 074 of forces received or refused
    accession_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 236e: "talks on EU membership" are held with the EU
    accession_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 236e: "talks on joining the EU"
    vote_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 211a: "voted against the UN resolution" (X -> UN 120)
    vote_measure_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 211a: what a vote is for or against
    vote_against_preps: set[str] = _words(CONSTRUCTIONS)
    vote_for_preps: set[str] = _words(CONSTRUCTIONS)
    vote_favour_nouns: set[str] = _words(CONSTRUCTIONS)  # "voted in favour of the resolution"
    vote_against_code: str = _code(CONSTRUCTIONS, "120")
    vote_for_code: str = _code(CONSTRUCTIONS, "051")
    body_gathering_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 211c: "the G7 summit", "NATO allies": no event
    sponsor_participles: set[str] = _words(CONSTRUCTIONS)  # rule 146: "the Saudi-backed government in Aden"
    defeat_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 156: defeat / rout / crush, read by their object
    defeat_phrasals: set[str] = _words(CONSTRUCTIONS)  # rule 177f: "push back" a force, read as defeat_verbs
    defeat_force_objects: set[str] = _words(CONSTRUCTIONS)  # rule 156: "defeated Russian troops" (190)
    defeat_force_code: str = _code(CONSTRUCTIONS, "190")
    defeat_dissent_objects: set[str] = _words(CONSTRUCTIONS)  # rule 156: "crushed the protests" (175)
    defeat_dissent_code: str = _code(CONSTRUCTIONS, "175")
    defeat_vote_objects: set[str] = _words(CONSTRUCTIONS)  # rule 156: "defeated the resolution": no force event
    # rule 195: a verb's sense by its doer and its object
    search_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 245d: "police searched the home of Y" 091
    search_doers: set[str] = _words(CONSTRUCTIONS)
    search_objects: set[str] = _words(CONSTRUCTIONS)
    search_code: str = _code(CONSTRUCTIONS, "091")
    repression_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 195i: "police beat protesters" (175, not 182)
    repression_doers: set[str] = _words(CONSTRUCTIONS)  # rule 195i: police, security forces, troops
    repression_objects: set[str] = _words(CONSTRUCTIONS)  # rule 195i: protesters, demonstrators, strikers
    repression_code: str = _code(CONSTRUCTIONS, "175")
    civilian_attack_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 195h: "gunmen attacked a mosque" (180, not 190)
    civilian_attack_doers: set[str] = _words(CONSTRUCTIONS)  # rule 195h: gunmen, militants, jihadists
    civilian_attack_objects: set[str] = _words(CONSTRUCTIONS)  # rule 195h: a village, market, church, civilians
    civilian_attack_code: str = _code(CONSTRUCTIONS, "180")
    small_arms_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 330: "border guards shot dead three migrants" (193)
    small_arms_doers: set[str] = _words(CONSTRUCTIONS)  # rule 330: soldiers, troops, guards, rebels (not police)
    small_arms_code: str = _code(CONSTRUCTIONS, "193")

    departure_order_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 157: "ordered the envoy to leave" (expulsion)
    expulsion_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 157: the verb whose phrases code the order to leave
    departure_order_code: str = _code(CONSTRUCTIONS, "166")
    arms_sale_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 157: "sold Rafale jets to India" (062)
    sale_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 157: "approved the sale of F-16 jets to Y" (062)
    sale_approval_verbs: set[str] = _words(CONSTRUCTIONS)
    arms_sale_code: str = _code(CONSTRUCTIONS, "062")
    arms_purchase_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 244c: "bought drones from Iran" (062)
    purchase_beneficiary_ents: set[str] = _words(CONSTRUCTIONS)  # rule 244c: "bought US weapons for Ukraine" (072)
    purchase_gift_code: str = _code(CONSTRUCTIONS, "072")
    joint_production_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 244f: "agreed to jointly produce drones"
    production_joint_adverbs: set[str] = _words(CONSTRUCTIONS)
    joint_production_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 255a: "agreed on joint drone production"
    production_joint_adjs: set[str] = _words(CONSTRUCTIONS)
    purchase_funding_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 255b: "will fund the purchase of ... for Y"
    purchase_nouns: set[str] = _words(CONSTRUCTIONS)
    troop_sending_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 255c: "send troops to Y after a ceasefire" (074)
    protection_code: str = _code(CONSTRUCTIONS, "074")
    refuge_recipient_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 270: "granted protection to refugees" (075)
    infinitive_intent_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 274c: "a letter of intent to buy jets from Y"
    coalition_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 274b: "led a coalition of the willing to ..."
    coalition_nouns: set[str] = _words(CONSTRUCTIONS)
    joint_drafting_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 283c: "A and B drafted a peace plan" (046)
    joint_drafting_code: str = _code(CONSTRUCTIONS, "046")
    goods_origin_trade_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 279: "its Russian oil purchases"
    trading_party_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 354: "sanctions on buyers of Iranian oil"
    trading_clause_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 354: "tariffs on countries buying Russian oil"
    sanction_grievance_roots: set[str] = _words(CONSTRUCTIONS)  # rule 279b: "sanctions on Y over the invasion"
    refuge_code: str = _code(CONSTRUCTIONS, "075")
    aid_easing_code: str = _code(CONSTRUCTIONS, "081")  # rule 270b: "lifted restrictions on aid deliveries" (0863)
    aid_allowed_code: str = _code(CONSTRUCTIONS, "0863")
    arrival_goods_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 244e: "Patriot systems from Germany arrived in Y"
    arrival_place_preps: set[str] = _words(CONSTRUCTIONS)
    extension_deciding_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 157: "agreed to extend sanctions" (163)
    extension_verbs: set[str] = _words(CONSTRUCTIONS)
    extension_kept_roots: set[str] = _words(CONSTRUCTIONS)
    measure_adopting_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 294: "agreed new sanctions on Y" (163)
    adopted_measure_preps: set[str] = _words(CONSTRUCTIONS)
    adopted_measure_codes: set[str] = _words(CONSTRUCTIONS)
    measure_compound_codes: set[str] = _words(CONSTRUCTIONS)  # rule 202: "eased export controls on Y" (085)
    measure_compound_readings: set[str] = _words(CONSTRUCTIONS)
    measure_compound_yielding_codes: set[str] = _words(CONSTRUCTIONS)  # rule 317: "eased export restrictions" (085)
    trade_measure_preps: set[str] = _words(CONSTRUCTIONS)  # rule 317: "eased its ban on seafood imports" (085)
    figure_codes: set[str] = _words(CONSTRUCTIONS)  # rule 209: "Russia's exports to India fell": a figure
    figure_verbs: set[str] = _words(CONSTRUCTIONS)
    figure_nouns: set[str] = _words(CONSTRUCTIONS)
    defence_pledge_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 275a: "pledged to defend Taiwan" (0334)
    defended_party_ents: set[str] = _words(CONSTRUCTIONS)
    pipeline_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 275c: "shut the Nord Stream pipeline to Germany" (163)
    pipeline_closing_verbs: set[str] = _words(CONSTRUCTIONS)
    supply_cut_code: str = _code(CONSTRUCTIONS, "163")
    perception_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 281a: "was seen meeting Y": the seen one meets Y
    participle_time_marks: set[str] = _words(CONSTRUCTIONS)  # rule 281b: "was flanked by aides while meeting Y"
    own_people_codes: set[str] = _words(CONSTRUCTIONS)  # rule 289: "imposed a curfew in Mombasa" XXXGOV -> XXXCVL
    own_people_nouns: set[str] = _words(CONSTRUCTIONS)
    own_opposition_codes: set[str] = _words(CONSTRUCTIONS)  # rule 289b: "banned the Move Forward party" XXXOPP
    own_opposition_nouns: set[str] = _words(CONSTRUCTIONS)
    emergency_power_heads: set[str] = _words(CONSTRUCTIONS)  # rule 313: "martial law", "emergency rule" (1724)
    emergency_power_modifiers: set[str] = _words(CONSTRUCTIONS)
    emergency_power_readings: set[str] = _words(CONSTRUCTIONS)
    emergency_power_duration_heads: set[str] = _words(CONSTRUCTIONS)  # rule 341: "martial law hours after ..."
    blacklist_codes: set[str] = _words(CONSTRUCTIONS)  # rule 301a: "placed Y's firms on its entity list" (163)
    blacklisting_verbs: set[str] = _words(CONSTRUCTIONS)
    blacklisting_preps: set[str] = _words(CONSTRUCTIONS)
    delisting_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 301b: "removed Y's firms from its entity list" (085)
    delisting_preps: set[str] = _words(CONSTRUCTIONS)
    delisting_code: str = _code(CONSTRUCTIONS, "085")
    mutual_easing_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 301d: "A and B agreed to cut their tariffs"
    mutual_easing_codes: set[str] = _words(CONSTRUCTIONS)
    mutual_easing_possessives: set[str] = _words(CONSTRUCTIONS)
    own_people_doer_roles: set[str] = _words(CONSTRUCTIONS)  # rule 289: a court (JUD) beside the state roles
    own_reform_codes: set[str] = _words(CONSTRUCTIONS)  # rule 332: "promised to democratize Armenia" XXXCVL
    own_reform_words: set[str] = _words(CONSTRUCTIONS)
    political_freedom_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 336: "eased restrictions on the press" 0811
    freedom_restriction_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 336: restrictions, curbs (no sanction, ban)
    freedom_easing_code: str = _code(CONSTRUCTIONS, "081")
    freedom_eased_code: str = _code(CONSTRUCTIONS, "0811")
    freedom_imposing_code: str = _code(CONSTRUCTIONS, "163")  # rule 336: "imposed restrictions on the press" 1721
    freedom_imposed_code: str = _code(CONSTRUCTIONS, "1721")
    freedom_ban_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 341: "lifted the ban on opposition parties" (0812)
    party_ban_nouns: set[str] = _words(CONSTRUCTIONS)
    party_ban_eased_code: str = _code(CONSTRUCTIONS, "0812")
    foreign_freedom_modifiers: set[str] = _words(CONSTRUCTIONS)  # rule 336: "on foreign journalists" keeps 081
    freedom_of_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 336: "freedom of assembly" is the freedom "of" names
    press_freedom_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 336: the press's people are its media (XXXMED)
    opposition_freedom_nouns: set[str] = _words(CONSTRUCTIONS)  # rule 336: the opposition's (XXXOPP)
    venue_place_codes: set[str] = _words(CONSTRUCTIONS)  # rule 298, prefixes: "held a rally in London" is where
    deep_place_codes: set[str] = _words(CONSTRUCTIONS)  # rule 345, prefixes: "a village in Y" inside the object
    # rule 365: a meeting noun that only times the clause's act ("after the summit", "ahead of the talks")
    time_frame_preps: set[str] = _words(CONSTRUCTIONS)
    time_frame_heads: set[str] = _words(CONSTRUCTIONS)
    # rule 384: "near the border with Y" places the act; Y is no party acted on (but a show of force's, 15x)
    boundary_place_preps: set[str] = _words(CONSTRUCTIONS)
    boundary_partner_codes: set[str] = _words(CONSTRUCTIONS)
    # rule 384b: "the NATO member", "the EU member state" are a state the text leaves unnamed, not the body
    body_member_nouns: set[str] = _words(CONSTRUCTIONS)
    member_state_heads: set[str] = _words(CONSTRUCTIONS)
    member_definite_dets: set[str] = _words(CONSTRUCTIONS)
    # rule 406a: "with the approval of Y", "with Y's help": Y allowed or helped the act, no party of it
    approver_nouns: set[str] = _words(CONSTRUCTIONS)
    approver_preps: set[str] = _words(CONSTRUCTIONS)
    ground_strike_preps: set[str] = _words(CONSTRUCTIONS)  # rule 406c: "strikes against Y in Z" falls on Z too
    # rule 412a: "took in refugees from camps in Jordan", "freed a former inmate of a Turkish jail": Y held them only
    holding_place_codes: set[str] = _words(CONSTRUCTIONS)
    holding_place_nouns: set[str] = _words(CONSTRUCTIONS)
    holding_place_preps: set[str] = _words(CONSTRUCTIONS)
    # rule 424: a military act naming only its side takes the opponent another event of the sentence names
    opponent_orphan_codes: set[str] = _words(CONSTRUCTIONS)
    opponent_lender_roots: set[str] = _words(CONSTRUCTIONS)
    # rule 433a: "shelled rebel-held Idlib", "a town held by Russian troops": force aimed at the place's holder
    held_place_roots: set[str] = _words(CONSTRUCTIONS)
    held_place_verbs: set[str] = _words(CONSTRUCTIONS)
    held_place_deps: set[str] = _words(CONSTRUCTIONS)
    crossing_fire_preps: set[str] = _words(CONSTRUCTIONS)  # rule 433b: "A and B fired across the border"
    crossing_fire_lines: set[str] = _words(CONSTRUCTIONS)
    reaction_cause_verbs: set[str] = _words(CONSTRUCTIONS)  # rule 436a: "X's arrest of Y sparked outrage in Z"
    caused_reaction_roots: set[str] = _words(CONSTRUCTIONS)
    reaction_holder_preps: set[str] = _words(CONSTRUCTIONS)
    lodged_protest_preps: set[str] = _words(CONSTRUCTIONS)  # rule 445b: "drew a protest from Islamabad"
    official_protest_modifiers: set[str] = _words(CONSTRUCTIONS)
    state_protest_code: str = _code(CONSTRUCTIONS, "110")

    def said_about(self, noun: Token) -> bool:
        """Whether ``noun`` is a remark (rule 261d) or a stance someone holds (rule 277b: it has a possessor), whose
        topic phrase says what was said about: "remarks by X on Y", "Washington's stance on the talks"; not
        "positions on the Syrian side", military positions with no holder."""
        lemma = noun.lemma_.lower()
        if lemma in self.speech_topic_nouns:
            return True
        return lemma in self.stance_topic_nouns and any(c.dep_ == "poss" for c in noun.children)

    def force_formation(self, noun: Token) -> bool:
        """Whether ``noun`` names a naval or air formation by what it is made of (rule 342): a `formation_nouns`
        word with a `moved_forces` compound ("a carrier group", "a carrier strike group") or a `formation_modifiers`
        modifier ("an amphibious ready group"); not "a group of carriers" (an "of" phrase, no compound)."""
        if noun.lemma_.lower() not in self.formation_nouns:
            return False
        return any(
            (c.dep_ == "compound" and c.lemma_.lower() in self.moved_forces)
            or (c.dep_ in ("amod", "compound") and c.lower_ in self.formation_modifiers)
            for c in noun.children
        )

    def nominal_verbs(self, noun: str) -> list[str]:
        """The verbs a noun may name the act of (rule 45): an -ing noun's stem ("lifting" lift, "easing" ease,
        "stopping" stop) and the `act_nominals` pairs ("removal remove"); only verbs some phrase has."""
        verbs = self.act_verbs(noun)
        if not verbs:
            return []  # most nouns name no act: the phrase table is not walked for them
        phrase_verbs = {verb for verb, _ in self.phrases}
        return [verb for verb in verbs if verb in phrase_verbs]

    def act_verbs(self, noun: str) -> list[str]:
        """The verbs a noun may name the act of, spelled out: an -ing noun's stem ("lifting" lift, "easing" ease,
        "stopping" stop) and the `act_nominals` pairs ("removal remove"); any verb, no lexicon check."""
        verbs = [pair.split()[1] for pair in self.act_nominals if pair.split()[0] == noun]
        if noun.endswith("ing") and len(noun) > 5:
            stem = noun[:-3]
            verbs += [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
        return verbs

    def verb_words(self) -> set[str]:
        """Every verb lemma the lexicon gives a role: triggers, wrappers, reciprocal, speech, hedge, negation
        and construction verbs. The fallback verb dictionary is never asked about these: where our lexicon
        knows a verb, it decides (also when it decides "no event": "negotiators return to Geneva")."""
        words = set(self.verbs) | set(self.wrap_verbs) | self.recip_verbs
        for name in (
            "hedge_verbs neg_verbs want_verbs need_verbs speech_verbs demand_words speaker_verbs needs_object "
            "needs_no_object stative_passives making_verbs judgement_verbs postpone_verbs light_verbs aimed_verbs "
            "casualty_verbs one_sided_verbs advisory_verbs allegation_verbs arrival_verbs "
            "purpose_verbs bidding_verbs permission_verbs wish_verbs seek_verbs speak_verbs naming_verbs greeting_verbs"
            " ordering_verbs defeat_verbs"
        ).split():
            words |= getattr(self, name)
        return words

    @classmethod
    def from_yaml(cls, path: Path) -> Self:
        """The lexicon of a pattern file, checked first against the schema its fields give (:data:`EventPatterns`
        for this class): unknown keys and wrong types are errors naming the file and the key."""
        data, checked = load_yaml(schema_of(cls), path)
        lex = cls()
        # every word list and code: at the place its field names, with the schema's default where left out
        for item, source in _sources(cls):
            if source.read != "table":
                section = getattr(checked, source.section) if source.section else checked
                value = getattr(section, source.key or item.name)
                setattr(lex, item.name, _converted(value, source))
        # the tables with readers of their own (their places in the file: the fields' `_shape`)
        named = {place: item.name for item, place in _filled_beside(cls)}
        for code, words in (data.get("codes") or {}).items():
            for attr, key in (("verbs", "verbs"), ("nouns", "nouns"), ("adjs", "adjs")):
                table = getattr(lex, attr)
                for word in (words or {}).get(key, []) or []:
                    table.setdefault(str(word).lower(), str(code))  # first listing wins
        for phrase, code in (data.get("phrases") or {}).items():
            parts = str(phrase).lower().split()
            lex.phrases[(parts[0], parts[-1])] = str(code)
        lex.lemma_fixes = {str(k).lower(): str(v).lower() for k, v in (data.get("lemma_fixes") or {}).items()}
        for phrase, code in (data.get("noun_compounds") or {}).items():
            parts = str(phrase).lower().split()
            lex.noun_compounds[(parts[0], parts[-1])] = str(code)
        for name, spec in (data.get("wrappers") or {}).items():
            wrapper = Wrapper(name, str(spec["code"]), {str(k): str(v) for k, v in spec.get("refine", {}).items()})
            for word in spec.get("verbs", []):
                lex.wrap_verbs.setdefault(word, wrapper)
            for word in spec.get("nouns", []):
                lex.wrap_nouns.setdefault(word, wrapper)
            for word in spec.get("adjs", []):
                lex.wrap_adjs.setdefault(word, wrapper)
            if f"wrappers.{name}" in named:
                setattr(lex, named[f"wrappers.{name}"], wrapper)
        lex.domains = {str(k): {str(w): str(c) for w, c in v.items()} for k, v in (data.get("domains") or {}).items()}
        if data.get("wrongs"):
            lex.accused = Wrapper("accused", lex.accusation_code, {str(k): str(v) for k, v in data["wrongs"].items()})
        if data.get("inquired_wrongs"):
            lex.inquired = Wrapper(
                "inquired", lex.inquiry_code, {str(k): str(v) for k, v in data["inquired_wrongs"].items()}
            )
        intent = data.get("intent_statements") or {}
        if intent.get("plan_refine"):
            # "X plans to / announced plans to meet Y": a statement of intent (03x) when what is planned is
            # cooperation; anything else planned stays hypothetical (the plan word is then no trigger)
            lex.plan = Wrapper("plan", "030", {str(k): str(v) for k, v in intent["plan_refine"].items()})
        posture = data.get("force_posture") or {}
        lex.exercise_phrases = {
            (parts[0], parts[-1]) for parts in (str(p).lower().split() for p in posture.get("exercise_phrases", []))
        }
        return lex


@cache
def patterns_lexicon(patterns: Path | None) -> TriggerLexicon:
    """The lexicon of the event coder's patterns file for the readers outside the coder that take a few word lists
    from it (the actor resolver's rule 100 and 146 words, the quotation reader's speech verbs): ``patterns`` a file
    or a folder holding ``event_patterns.yml``, None the packaged file. Read once per process for all of them (one
    read each before, speed38); shared, so read it and never change it."""
    path = patterns or DEFAULT_PATTERNS
    return TriggerLexicon.from_yaml(path / DEFAULT_PATTERNS.name if path.is_dir() else path)


def _sources(cls: type[TriggerLexicon]) -> list[tuple[dataclasses.Field[Any], Source]]:
    """The fields of the lexicon read from the file, with their places there, in field order."""
    found = [(item, item.metadata.get(_SOURCE)) for item in dataclasses.fields(cls)]
    return [(item, source) for item, source in found if isinstance(source, Source)]


def _filled_beside(cls: type[TriggerLexicon]) -> list[tuple[dataclasses.Field[Any], str]]:
    """The fields of the lexicon filled by the reader of another table, with that table (``_beside``)."""
    return [(item, str(item.metadata[_BESIDE])) for item in dataclasses.fields(cls) if _BESIDE in item.metadata]


def _converted(value: Any, source: Source) -> set[str] | str:
    """A checked word list or code of the file as the lexicon holds it."""
    if source.read == "code":
        return str(value)
    return {str(word).lower() if source.lower else str(word) for word in value}


def schema_of(cls: type[TriggerLexicon]) -> type[BaseModel]:
    """The shape of ``event_patterns.yml``: the places the fields of ``cls`` (the lexicon, or a subclass with
    keys of its own) name, each section a strict model (unknown keys forbidden) filled with its defaults where
    the file leaves it out. Built once a class."""
    if cls not in _SCHEMAS:
        _SCHEMAS[cls] = _built_schema(cls)
    return _SCHEMAS[cls]


_SCHEMAS: dict[type[TriggerLexicon], type[BaseModel]] = {}


def _built_schema(cls: type[TriggerLexicon]) -> type[BaseModel]:
    placed = {item.name for item, _ in _sources(cls)} | {item.name for item, _ in _filled_beside(cls)}
    for item in dataclasses.fields(cls):  # a field declared the old way (no place) would never be read
        if item.name not in placed:
            raise TypeError(f"{cls.__name__}.{item.name}: no place in event_patterns.yml (declare it with _words)")
    sections: dict[str, dict[str, tuple[Any, Any]]] = {}
    for item, source in _sources(cls):
        keys = sections.setdefault(source.section, {})
        key = source.key or item.name
        if key in keys:
            raise TypeError(f"{cls.__name__}.{item.name}: {source.section or '(top level)'}.{key} read twice")
        keys[key] = source.shape
    top = sections.pop("", {})
    models = {
        section: with_defaults(strict_model("_" + section.title().replace("_", ""), None, keys))
        for section, keys in sections.items()
    }
    doc = f"``data/events/event_patterns.yml`` (see ``docs/events.md``): built from ``{cls.__name__}``'s fields."
    return strict_model("EventPatterns", doc, {**top, **models})


EventPatterns = schema_of(TriggerLexicon)
