"""The trigger lexicon: verbs, nouns, phrases, wrappers and word lists of ``data/events/event_patterns.yml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.nlp.lexicons import EventPatterns, load_yaml
from detente.paths import data_file


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
        one ("087", a halted act of force: a de-escalation, docs/events.md rule 76d; its subcodes such as the
        withdrawal 0874 keep the root's reading), else by its root, else the wrapper's own."""
        return self.refine.get(inner) or self.refine.get(inner[:2], self.code)


@dataclass
class TriggerLexicon:
    """Trigger dictionaries keyed by lemma, built once from the YAML pattern file."""

    verbs: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    adjs: dict[str, str] = field(default_factory=dict)
    phrases: dict[tuple[str, str], str] = field(default_factory=dict)
    noun_compounds: dict[tuple[str, str], str] = field(default_factory=dict)  # "hunger strike" (rule 29)
    lemma_fixes: dict[str, str] = field(default_factory=dict)  # "staged" -> stage, not "stag" (rule 29)
    wrap_verbs: dict[str, Wrapper] = field(default_factory=dict)
    wrap_nouns: dict[str, Wrapper] = field(default_factory=dict)
    wrap_adjs: dict[str, Wrapper] = field(default_factory=dict)
    recip_verbs: set[str] = field(default_factory=set)
    recip_nouns: set[str] = field(default_factory=set)
    domains: dict[str, dict[str, str]] = field(default_factory=dict)
    preps: set[str] = field(default_factory=set)
    weak_preps: set[str] = field(default_factory=set)
    agent_preps: set[str] = field(default_factory=set)
    modals: set[str] = field(default_factory=set)
    intent_modals: set[str] = field(default_factory=set)
    hedge_verbs: set[str] = field(default_factory=set)
    hedge_adjs: set[str] = field(default_factory=set)
    hedge_marks: set[str] = field(default_factory=set)
    neg_words: set[str] = field(default_factory=set)
    neg_verbs: set[str] = field(default_factory=set)
    intent: Wrapper | None = None
    threaten: Wrapper | None = None
    demand: Wrapper | None = None
    appeal: Wrapper | None = None
    reject: Wrapper | None = None
    want_verbs: set[str] = field(default_factory=set)
    would_want_verbs: set[str] = field(default_factory=set)  # "would like Y to" (rule 28)
    need_verbs: set[str] = field(default_factory=set)
    speech_verbs: set[str] = field(default_factory=set)
    demand_words: set[str] = field(default_factory=set)
    obligation_modals: set[str] = field(default_factory=set)
    speaker_verbs: set[str] = field(default_factory=set)
    speaker_pronouns: set[str] = field(default_factory=set)
    needs_object: set[str] = field(default_factory=set)
    needs_no_object: set[str] = field(default_factory=set)
    realis_nouns: set[str] = field(default_factory=set)
    hedge_nouns: set[str] = field(default_factory=set)
    stative_passives: set[str] = field(default_factory=set)
    mutual_objects: set[str] = field(default_factory=set)
    directed_roots: set[str] = field(default_factory=set)
    mutual_codes: set[str] = field(default_factory=set)
    topic_preps: set[str] = field(default_factory=set)
    topic_roots: set[str] = field(default_factory=set)
    example_preps: set[str] = field(default_factory=set)
    standing_nouns: set[str] = field(default_factory=set)
    one_way_roots: set[str] = field(default_factory=set)
    making_verbs: set[str] = field(default_factory=set)
    topic_adjs: set[str] = field(default_factory=set)
    envoy_nouns: set[str] = field(default_factory=set)
    temporal_preps: set[str] = field(default_factory=set)
    event_heads: set[str] = field(default_factory=set)
    judgement_verbs: set[str] = field(default_factory=set)
    transfer_nonobjects: set[str] = field(default_factory=set)
    quantity_nouns: set[str] = field(default_factory=set)
    talk_topic_preps: set[str] = field(default_factory=set)
    hedge_noun_adjs: set[str] = field(default_factory=set)
    postpone_verbs: set[str] = field(default_factory=set)
    # constructions (docs/events.md rule 21)
    light_verbs: set[str] = field(default_factory=set)
    aimed_verbs: set[str] = field(default_factory=set)
    aimed_preps: set[str] = field(default_factory=set)
    aimed_code: str = "190"
    casualty_verbs: set[str] = field(default_factory=set)
    one_sided_verbs: set[str] = field(default_factory=set)
    evidence_nouns: set[str] = field(default_factory=set)
    evidence_code: str = "112"
    advisory_verbs: set[str] = field(default_factory=set)
    travel_words: set[str] = field(default_factory=set)
    advisory_code: str = "160"
    relation_cut_code: str = "161"  # a reduce wrapper verb on "relations" / "ties" (rule 48b)
    boycott_verbs: set[str] = field(default_factory=set)  # boycotting an event is a protest (rule 48c)
    boycotted_events: set[str] = field(default_factory=set)
    event_boycott_code: str = "143"
    contact_force_verbs: set[str] = field(default_factory=set)  # "hit" with a means of force (rule 50c)
    force_means: set[str] = field(default_factory=set)
    contact_force_code: str = "190"
    # joining an international organisation (rule 70d)
    membership_verbs: set[str] = field(default_factory=set)
    membership_nouns: set[str] = field(default_factory=set)
    membership_code: str = "057"
    peacekeeping_preps: set[str] = field(default_factory=set)  # a deployment's stated mission (rule 52b)
    peacekeeping_words: set[str] = field(default_factory=set)
    peacekeeping_code: str = "074"
    joint_meeting_roots: set[str] = field(default_factory=set)
    document_nouns: set[str] = field(default_factory=set)
    allegation_verbs: set[str] = field(default_factory=set)
    # constructions read on real news (docs/events.md rule 22)
    from_source_roots: set[str] = field(default_factory=set)
    entity_heads: set[str] = field(default_factory=set)
    nominal_place_preps: set[str] = field(default_factory=set)
    unnamed_agent_labels: set[str] = field(default_factory=set)
    postponed_deps: set[str] = field(default_factory=set)
    arrival_verbs: set[str] = field(default_factory=set)
    threat_marks: set[str] = field(default_factory=set)
    order_wrappers: set[str] = field(default_factory=set)
    provenance_words: set[str] = field(default_factory=set)
    plural_pronouns: set[str] = field(default_factory=set)
    co_agent_preps: set[str] = field(default_factory=set)
    message_nouns: set[str] = field(default_factory=set)
    # constructions read on real news, round 2 (docs/events.md rule 24)
    coordinated_modifier_deps: set[str] = field(default_factory=set)
    bidding_verbs: set[str] = field(default_factory=set)
    ordering_verbs: set[str] = field(default_factory=set)  # "directed Y to ..." (rule 51c)
    # a possibility modal on a coercive act with a condition: a threat (rule 53a)
    threat_modals: set[str] = field(default_factory=set)
    condition_marks: set[str] = field(default_factory=set)
    conditional_threat_roots: set[str] = field(default_factory=set)
    # preparing an act of force: a show of force (rule 53b)
    preparation_verbs: set[str] = field(default_factory=set)
    prepared_force_roots: set[str] = field(default_factory=set)
    preparation_code: str = "150"
    background_marks: set[str] = field(default_factory=set)  # clauses of time (rule 53c)
    # a relative clause telling what happened at an occasion is no background clause (rule 66a)
    occasion_nouns: set[str] = field(default_factory=set)
    occasion_preps: set[str] = field(default_factory=set)
    # a measure eased in an agentless passive reads as its active (rule 54)
    eased_measure_roots: set[str] = field(default_factory=set)
    # a cooperative act reduced in an agentless passive reads as its active (rule 55)
    reduced_act_roots: set[str] = field(default_factory=set)
    # force with primitive weapons or one-sided on civilians is unconventional violence, 18 (rule 57)
    primitive_weapons: set[str] = field(default_factory=set)
    primitive_weapon_verbs: set[str] = field(default_factory=set)
    civilian_roles: set[str] = field(default_factory=set)
    conventional_force_code: str = "190"
    unconventional_force_code: str = "180"
    # a word whose sense its doers decide (rule 68): a street protest by a non-state group, a blockade by a state
    dissent_verbs: set[str] = field(default_factory=set)
    dissent_roles: set[str] = field(default_factory=set)
    dissent_code: str = "141"
    # ConfliBERT train error classes, round 8 (issue 14, session 19; docs/events.md rule 76)
    training_verbs: set[str] = field(default_factory=set)
    training_code: str = "062"
    assisting_purpose_roots: set[str] = field(default_factory=set)
    called_measure_roots: set[str] = field(default_factory=set)
    called_measure_code: str = "111"
    envoy_kept_roots: set[str] = field(default_factory=set)
    obstruction_codes: set[str] = field(default_factory=set)
    state_obstruction_code: str = "191"
    # aid or goods received are the giver's act toward the receiver (rule 68d)
    receipt_verbs: set[str] = field(default_factory=set)
    receipt_roots: set[str] = field(default_factory=set)
    # a discussion verb's object is its topic (rule 56a); an act commented on gives way to the comment (rule 56b)
    topic_verbs: set[str] = field(default_factory=set)
    topic_partner_preps: set[str] = field(default_factory=set)
    commented_act_codes: set[str] = field(default_factory=set)
    # a nominal act named as what someone cites or points to is the topic of a statement (rule 60d)
    cited_verbs: set[str] = field(default_factory=set)
    cited_prep_verbs: set[str] = field(default_factory=set)
    # an act that a piece of information is about, or that a for-to clause wishes for, gives way to the main event
    # (rule 62)
    content_nouns: set[str] = field(default_factory=set)
    content_preps: set[str] = field(default_factory=set)
    irrealis_marks: set[str] = field(default_factory=set)
    # a meeting announced with a modal of intent is both parties' stated intent (rule 67a)
    appointment_words: set[str] = field(default_factory=set)
    appointment_verbs: set[str] = field(default_factory=set)
    appointment_modals: set[str] = field(default_factory=set)
    # an agentless act in an absolute "with" clause is the stance owner's or the governing subject's (rule 67b)
    absolute_preps: set[str] = field(default_factory=set)
    stance_nouns: set[str] = field(default_factory=set)
    # a wish stated in talks with a party is addressed to it (rule 67c)
    medium_preps: set[str] = field(default_factory=set)
    # a nominal act called part of a party's policy is that party's (rule 67d)
    portrayal_verbs: set[str] = field(default_factory=set)
    portrayal_preps: set[str] = field(default_factory=set)
    # the one compelled to act is the act's agent (rule 67e)
    compulsion_verbs: set[str] = field(default_factory=set)
    # a role noun the parties are brought together as is their joint act (rule 74c)
    joint_adverbs: set[str] = field(default_factory=set)
    joint_role_preps: set[str] = field(default_factory=set)
    permission_verbs: set[str] = field(default_factory=set)
    permission_code: str = "080"
    visit_arrival_preps: set[str] = field(default_factory=set)
    response_preps: set[str] = field(default_factory=set)
    response_nouns: set[str] = field(default_factory=set)
    response_roots: set[str] = field(default_factory=set)
    purpose_verbs: set[str] = field(default_factory=set)
    purpose_roots: set[str] = field(default_factory=set)
    arrival_codes: set[str] = field(default_factory=set)
    dispute_nouns: set[str] = field(default_factory=set)
    origin_nouns: set[str] = field(default_factory=set)
    # statements of intent and shows of force (docs/events.md rule 25)
    plan: Wrapper | None = None
    plan_verbs: set[str] = field(default_factory=set)
    plan_nouns: set[str] = field(default_factory=set)
    plan_preps: set[str] = field(default_factory=set)
    first_person_objects: set[str] = field(default_factory=set)
    troop_offer_code: str = "0312"
    # weighing a cooperative act is CAMEO 014 "consider policy option", a statement (rule 61)
    deliberation_code: str = "014"
    participle_objects: set[str] = field(default_factory=set)
    quote_possessives: set[str] = field(default_factory=set)
    exercise_nouns: set[str] = field(default_factory=set)
    exercise_phrases: set[tuple[str, str]] = field(default_factory=set)
    posture_preps: set[str] = field(default_factory=set)
    airspace_nouns: set[str] = field(default_factory=set)
    incursion_verbs: set[str] = field(default_factory=set)
    incursion_nouns: set[str] = field(default_factory=set)
    posture_code: str = "150"
    incursion_code: str = "150"
    move_verbs: set[str] = field(default_factory=set)  # forces moved up to another party (rule 51a)
    moved_forces: set[str] = field(default_factory=set)
    approach_words: set[str] = field(default_factory=set)
    force_senders: set[str] = field(default_factory=set)
    command_verbs: set[str] = field(default_factory=set)  # "ordered the deployment of ..." (rule 58b)
    ordered_own_codes: set[str] = field(default_factory=set)  # "ordered the withdrawal of its troops" (rule 60a)
    # reported accusations and denials (rule 60b/c: the `claims` section)
    report_verbs: set[str] = field(default_factory=set)
    culprit_preps: set[str] = field(default_factory=set)
    culprit_words: set[str] = field(default_factory=set)
    incident_nouns: set[str] = field(default_factory=set)
    hedged_claim_verbs: set[str] = field(default_factory=set)
    culpable_verbs: set[str] = field(default_factory=set)
    claim_nouns: set[str] = field(default_factory=set)
    falsity_words: set[str] = field(default_factory=set)
    claim_owner_preps: set[str] = field(default_factory=set)
    accuser_preps: set[str] = field(default_factory=set)
    accusation_code: str = "112"
    false_claim_code: str = "016"
    # recall on real news, round 3 (issue 14, session 8; docs/events.md rule 28)
    wish_verbs: set[str] = field(default_factory=set)
    wish_roots: set[str] = field(default_factory=set)
    wish_nouns: set[str] = field(default_factory=set)
    wish_noun_preps: set[str] = field(default_factory=set)
    deliberation_verbs: set[str] = field(default_factory=set)
    speak_verbs: set[str] = field(default_factory=set)
    speak_preps: set[str] = field(default_factory=set)
    phone_nouns: set[str] = field(default_factory=set)
    withdrawal_code: str = "0874"
    # arguments, round 2 (issue 14, session 8; docs/events.md rule 29)
    protest_roots: set[str] = field(default_factory=set)
    aim_roots: set[str] = field(default_factory=set)
    aim_preps: set[str] = field(default_factory=set)
    assembly_verbs: set[str] = field(default_factory=set)
    patient_nouns: set[str] = field(default_factory=set)
    assembly_code: str = "141"
    # short sentences (issue 14, session 9; docs/events.md rule 31)
    attitude_words: set[str] = field(default_factory=set)
    attitude_roots: set[str] = field(default_factory=set)
    role_preps: set[str] = field(default_factory=set)
    hosting_verbs: set[str] = field(default_factory=set)
    moved_force_roots: set[str] = field(default_factory=set)
    pressing_verbs: set[str] = field(default_factory=set)
    pressing_code: str = "100"
    journey_verbs: set[str] = field(default_factory=set)
    journey_preps: set[str] = field(default_factory=set)
    journey_code: str = "042"
    patient_roots: set[str] = field(default_factory=set)
    weapon_code: str = "072"
    removal_verbs: set[str] = field(default_factory=set)
    custody_verbs: set[str] = field(default_factory=set)
    # an act of force with no named doer, done where one country holds the ground (rule 70b)
    unattributed_attack_means: set[str] = field(default_factory=set)
    attack_place_preps: set[str] = field(default_factory=set)
    hope_nouns: set[str] = field(default_factory=set)
    hope_code: str = "013"
    doubt_nouns: set[str] = field(default_factory=set)
    doubt_code: str = "012"
    # CAMEO root choice (issue 14, session 9; docs/events.md rule 35)
    accord_code: str = "019"
    effort_nouns: set[str] = field(default_factory=set)
    backing_verbs: set[str] = field(default_factory=set)
    backing_nouns: set[str] = field(default_factory=set)
    backing_code: str = "070"
    # ConfliBERT train error classes, round 2 (issue 14, session 10; docs/events.md rule 36)
    outcome_verbs: set[str] = field(default_factory=set)
    failed_agreement_code: str = "120"
    truce_nouns: set[str] = field(default_factory=set)
    truce_code: str = "0871"
    urging_verbs: set[str] = field(default_factory=set)
    foreign_ground_roots: set[str] = field(default_factory=set)
    regarding_codes: set[str] = field(default_factory=set)
    regarding_preps: set[str] = field(default_factory=set)
    # left classes on real news (issue 14, session 10; docs/events.md rule 38)
    naming_verbs: set[str] = field(default_factory=set)
    insult_words: set[str] = field(default_factory=set)
    insult_code: str = "111"
    greeting_verbs: set[str] = field(default_factory=set)
    greeted_nouns: set[str] = field(default_factory=set)
    audience_preps: set[str] = field(default_factory=set)
    denial_verbs: set[str] = field(default_factory=set)
    denial_code: str = "016"
    # ConfliBERT train error classes, round 3 (issue 14, session 10; docs/events.md rule 40)
    force_nouns: set[str] = field(default_factory=set)
    presence_verbs: set[str] = field(default_factory=set)
    presence_code: str = "150"
    purpose_deep_deps: set[str] = field(default_factory=set)
    coercion_verbs: set[str] = field(default_factory=set)
    coercion_codes: set[str] = field(default_factory=set)
    # weakly labelled recall proxies (issue 14, session 10; docs/events.md rule 39)
    area_nouns: set[str] = field(default_factory=set)
    area_roots: set[str] = field(default_factory=set)
    onset_verbs: set[str] = field(default_factory=set)
    # ConfliBERT train error classes, round 5 (issue 14, session 12; docs/events.md rule 42)
    spokes_nouns: set[str] = field(default_factory=set)
    # refusals of another party's request (issue 14, session 13; docs/events.md rule 44)
    reject_phrasals: set[str] = field(default_factory=set)
    request_wrappers: set[str] = field(default_factory=set)
    # an act named by a noun under a request or refusal (issue 14, session 14; docs/events.md rule 45)
    act_nominals: set[str] = field(default_factory=set)
    # travel advisories, force named by a noun, aid to located people (issue 14, session 15; docs/events.md rule 47)
    avoidance_verbs: set[str] = field(default_factory=set)
    located_recipient_codes: set[str] = field(default_factory=set)
    recipient_preps: set[str] = field(default_factory=set)
    acceptance_verbs: set[str] = field(default_factory=set)
    # measures on parties named only through an affiliation (issue 14, session 15; docs/events.md rule 49)
    affiliated_target_codes: set[str] = field(default_factory=set)
    measure_preps: set[str] = field(default_factory=set)
    affiliation_participles: set[str] = field(default_factory=set)
    affiliation_preps: set[str] = field(default_factory=set)

    def nominal_verbs(self, noun: str) -> list[str]:
        """The verbs a noun may name the act of (rule 45): an -ing noun's stem ("lifting" lift, "easing" ease,
        "stopping" stop) and the `act_nominals` pairs ("removal remove"); only verbs some phrase has."""
        verbs = [pair.split()[1] for pair in self.act_nominals if pair.split()[0] == noun]
        if noun.endswith("ing") and len(noun) > 5:
            stem = noun[:-3]
            verbs += [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
        phrase_verbs = {verb for verb, _ in self.phrases}
        return [verb for verb in verbs if verb in phrase_verbs]

    def verb_words(self) -> set[str]:
        """Every verb lemma the lexicon gives a role: triggers, wrappers, reciprocal, speech, hedge, negation
        and construction verbs. The fallback verb dictionary is never asked about these: where our lexicon
        knows a verb, it decides (also when it decides "no event": "negotiators return to Geneva")."""
        words = set(self.verbs) | set(self.wrap_verbs) | self.recip_verbs
        for name in (
            "hedge_verbs neg_verbs want_verbs need_verbs speech_verbs demand_words speaker_verbs needs_object "
            "needs_no_object stative_passives making_verbs judgement_verbs postpone_verbs light_verbs aimed_verbs "
            "casualty_verbs one_sided_verbs advisory_verbs allegation_verbs arrival_verbs "
            "purpose_verbs bidding_verbs permission_verbs wish_verbs speak_verbs naming_verbs greeting_verbs"
            " ordering_verbs"
        ).split():
            words |= getattr(self, name)
        return words

    # precision on real news (issue 14, branch newsprec; docs/events.md rule 26)
    conj_climb_deps: set[str] = field(default_factory=set)
    unrealized_wrappers: set[str] = field(default_factory=set)
    negated_intent_roots: set[str] = field(default_factory=set)
    carrier_nouns: set[str] = field(default_factory=set)
    agent_nouns: set[str] = field(default_factory=set)
    receiving_verbs: set[str] = field(default_factory=set)
    # precision on real news, round 2 (issue 14, session 8, branch newsprec2; docs/events.md rule 30)
    mind_verbs: set[str] = field(default_factory=set)
    concurrent_marks: set[str] = field(default_factory=set)
    helping_verbs: set[str] = field(default_factory=set)
    civil_objects: set[str] = field(default_factory=set)
    attribution_words: set[str] = field(default_factory=set)
    # recall on real news, round 4 (issue 14, session 9, branch newsrecall4; docs/events.md rule 32)
    means_preps: set[str] = field(default_factory=set)
    venue_nouns: set[str] = field(default_factory=set)
    anterior_preps: set[str] = field(default_factory=set)
    reproach_code: str = "111"
    # ConfliBERT train error classes (issue 14, session 9, branch confli; docs/events.md rule 33)
    mission_nouns: set[str] = field(default_factory=set)
    mission_preps: set[str] = field(default_factory=set)
    mission_roots: set[str] = field(default_factory=set)
    responsibility_words: set[str] = field(default_factory=set)
    claimed_place_preps: set[str] = field(default_factory=set)
    claim_verbs: set[str] = field(default_factory=set)
    # one's own act of force claimed is also the claim, CAMEO 015 (issue 14, session 17; docs/events.md rule 61)
    claimed_clause_verbs: set[str] = field(default_factory=set)
    claimed_act_roots: set[str] = field(default_factory=set)
    claim_code: str = "015"

    @classmethod
    def from_yaml(cls, path: Path) -> TriggerLexicon:
        data, _ = load_yaml(EventPatterns, path)  # unknown keys and wrong types are errors naming file and key
        lex = cls()
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
            if name == "intent":
                lex.intent = wrapper
            elif name == "threaten":
                lex.threaten = wrapper
            elif name == "demand":
                lex.demand = wrapper
            elif name == "appeal":
                lex.appeal = wrapper
            elif name == "reject":
                lex.reject = wrapper
        recip = data.get("reciprocal") or {}
        lex.recip_verbs = set(recip.get("verbs", []))
        lex.recip_nouns = set(recip.get("nouns", []))
        lex.mutual_objects = set(recip.get("mutual_objects", []))
        lex.directed_roots = {str(r) for r in recip.get("directed_roots", [])}
        lex.mutual_codes = {str(c) for c in recip.get("mutual_codes", [])}
        lex.one_way_roots = {str(c) for c in recip.get("one_way_roots", [])}
        lex.domains = {str(k): {str(w): str(c) for w, c in v.items()} for k, v in (data.get("domains") or {}).items()}
        targets = data.get("targets") or {}
        lex.preps = set(targets.get("preps", []))
        lex.weak_preps = set(targets.get("weak_preps", []))
        lex.agent_preps = set(targets.get("agent_preps", ["by"]))
        lex.topic_preps = set(targets.get("topic_preps", []))
        lex.topic_roots = {str(r) for r in targets.get("topic_roots", [])}
        lex.example_preps = set(targets.get("example_preps", []))
        hedges = data.get("hedges") or {}
        lex.modals = set(hedges.get("modals", []))
        lex.intent_modals = set(hedges.get("intent_modals", []))
        lex.hedge_verbs = set(hedges.get("verbs", []))
        lex.hedge_adjs = set(hedges.get("adjs", []))
        lex.hedge_marks = set(hedges.get("marks", []))
        lex.realis_nouns = set(hedges.get("realis_nouns", []))
        lex.hedge_nouns = set(hedges.get("nouns", []))
        lex.hedge_noun_adjs = set(hedges.get("noun_adjs", []))
        lex.postpone_verbs = set(hedges.get("postpone_verbs", []))
        negators = data.get("negators") or {}
        lex.neg_words = set(negators.get("words", []))
        lex.neg_verbs = set(negators.get("verbs", []))
        claims = data.get("claims") or {}
        for key in (
            "report_verbs culprit_preps culprit_words incident_nouns hedged_claim_verbs culpable_verbs claim_nouns"
            " falsity_words claim_owner_preps accuser_preps"
        ).split():
            setattr(lex, key, {str(w).lower() for w in claims.get(key, [])})
        lex.accusation_code = str(claims.get("accusation_code", "112"))
        lex.false_claim_code = str(claims.get("false_claim_code", "016"))
        demands = data.get("demands") or {}
        lex.speech_verbs = set(demands.get("speech_verbs", []))
        lex.demand_words = set(demands.get("demand_words", []))
        lex.obligation_modals = set(demands.get("obligation_modals", []))
        lex.want_verbs = set(demands.get("want_verbs", []))
        lex.would_want_verbs = set(demands.get("would_want_verbs", []))
        lex.need_verbs = set(demands.get("need_verbs", []))
        speakers = data.get("speakers") or {}
        lex.speaker_verbs = set(speakers.get("verbs", []))
        lex.speaker_pronouns = set(speakers.get("pronouns", []))
        lex.needs_object = set(data.get("needs_object") or [])
        lex.needs_no_object = set(data.get("needs_no_object") or [])
        lex.stative_passives = set(data.get("stative_passives") or [])
        standing = data.get("standing") or {}
        lex.standing_nouns = set(standing.get("nouns", []))
        lex.making_verbs = set(standing.get("making_verbs", []))
        lex.topic_adjs = set(data.get("topic_adjs") or [])
        lex.envoy_nouns = set(data.get("envoy_nouns") or [])
        lex.temporal_preps = set(data.get("temporal_preps") or [])
        lex.event_heads = set(data.get("event_heads") or [])
        lex.judgement_verbs = set(data.get("judgement_verbs") or [])
        lex.transfer_nonobjects = set(data.get("transfer_nonobjects") or [])
        lex.quantity_nouns = set(data.get("quantity_nouns") or [])
        lex.talk_topic_preps = set(data.get("talk_topic_preps") or [])
        # the schema (nlp/lexicons.py EventPatterns) admits exactly the construction keys this class has:
        # the *_code ones a CAMEO code, every other a word or code list
        for key, value in (data.get("constructions") or {}).items():
            setattr(lex, key, str(value) if key.endswith("_code") else {str(w) for w in value or []})
        intent = data.get("intent_statements") or {}
        if intent.get("plan_refine"):
            # "X plans to / announced plans to meet Y": a statement of intent (03x) when what is planned is
            # cooperation; anything else planned stays hypothetical (the plan word is then no trigger)
            lex.plan = Wrapper("plan", "030", {str(k): str(v) for k, v in intent["plan_refine"].items()})
        lex.plan_verbs = set(intent.get("plan_verbs", []))
        lex.plan_nouns = set(intent.get("plan_nouns", []))
        lex.plan_preps = set(intent.get("plan_preps", []))
        lex.wish_verbs = set(intent.get("wish_verbs", []))
        lex.wish_roots = {str(r) for r in intent.get("wish_roots", [])}
        lex.deliberation_verbs = set(intent.get("deliberation_verbs", []))
        lex.wish_nouns = set(intent.get("wish_nouns", []))
        lex.wish_noun_preps = set(intent.get("wish_noun_preps", []))
        lex.troop_offer_code = str(intent.get("troop_offer_code", "0312"))
        lex.deliberation_code = str(intent.get("deliberation_code", "014"))
        pronouns = data.get("pronoun_objects") or {}
        lex.first_person_objects = set(pronouns.get("quote_objects", []))
        lex.participle_objects = set(pronouns.get("participle_objects", []))
        lex.quote_possessives = set(pronouns.get("quote_possessives", []))
        posture = data.get("force_posture") or {}
        lex.exercise_nouns = set(posture.get("exercise_nouns", []))
        lex.exercise_phrases = {
            (parts[0], parts[-1]) for parts in (str(p).lower().split() for p in posture.get("exercise_phrases", []))
        }
        lex.posture_preps = set(posture.get("posture_preps", []))
        lex.airspace_nouns = set(posture.get("airspace_nouns", []))
        lex.incursion_verbs = set(posture.get("incursion_verbs", []))
        lex.incursion_nouns = set(posture.get("incursion_nouns", []))
        lex.posture_code = str(posture.get("posture_code", "150"))
        lex.incursion_code = str(posture.get("incursion_code", "150"))
        lex.move_verbs = set(posture.get("move_verbs", []))
        lex.moved_forces = set(posture.get("moved_forces", []))
        lex.approach_words = set(posture.get("approach_words", []))
        lex.force_senders = set(posture.get("force_senders", []))
        lex.command_verbs = set(posture.get("command_verbs", []))
        lex.ordered_own_codes = {str(c) for c in posture.get("ordered_own_codes", [])}
        return lex
