"""The causal marker lexicons (``data/causal/markers.yml``) and where the causal stage's data files live."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from detente.nlp.lexicons import CausalMarkers, load_yaml
from detente.paths import data_file

CAUSAL_DIR = data_file("causal")
MARKERS_FILE = "markers.yml"
WEIGHTS_FILE = "classifier.json"
MINILM_FILE = "minilm_lora.npz"


class MarkerLexicon:
    """The marker lexicons of ``markers.yml``, indexed for lookups by token."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.connectives = self._phrases(data.get("connectives", []))
        self.subordinators = set(data.get("subordinators", []))
        self.conditionals = set(data.get("conditionals", []))
        self.citing_sources = set(data.get("citing_sources", []))
        self.purpose = self._phrases(data.get("purpose", []))
        self.forward = self._phrases(data.get("forward", []))
        self.concessive = self._phrases(data.get("concessive", []))
        self.verbs: dict[str, dict[str, Any]] = data.get("verbs", {}) or {}
        self.extra_verbs: dict[str, dict[str, Any]] = data.get("extra_verbs", {}) or {}
        self.redirect_verbs: dict[str, dict[str, Any]] = data.get("redirect_verbs", {}) or {}
        self.change_verbs: dict[str, dict[str, Any]] = data.get("change_verbs", {}) or {}
        self.leave_result_verbs: dict[str, dict[str, Any]] = data.get("leave_result_verbs", {}) or {}
        self.decrease_nouns = set(data.get("decrease_nouns", []))
        self.hedges = set(data.get("hedges", []))
        self.actor_subjects = set(data.get("actor_subjects", []))
        self.doer_nouns = set(data.get("doer_nouns", []))
        self.actor_nouns = set(data.get("actor_nouns", []))
        self.scene_connectives = {tuple(str(p).lower().split()) for p in data.get("scene_connectives", [])}
        self.result_nouns = set(data.get("result_nouns", []))
        self.cause_nouns = set(data.get("cause_nouns", []))
        self.impact_nouns = set(data.get("impact_nouns", []))
        self.obstacle_nouns = set(data.get("obstacle_nouns", []))
        self.sequence_markers = {str(w).lower() for w in data.get("sequence_markers", [])}
        self.time_or_reason_markers = {str(w).lower() for w in data.get("time_or_reason_markers", [])}
        self.contention_words = {str(w).lower() for w in data.get("contention_words", [])}
        self.target_preps = {str(w).lower() for w in data.get("contention_target_preps", [])}
        self.target_participles = {str(w).lower() for w in data.get("contention_target_participles", [])}
        # round 41: a contention noun after these stands for the clause of the verb the preposition hangs on
        self.contention_act_preps = {str(w).lower() for w in data.get("contention_act_preps", [])}
        self.emotion_words = set(data.get("emotion_words", []))
        self.instrument_verbs = {str(w).lower() for w in data.get("instrument_verbs", [])}
        self.occasion_verbs = {str(w).lower() for w in data.get("occasion_verbs", [])}
        # round 103: (lemma, word on it or None) of a fronted participle of demand or grievance
        self.fronted_stance_verbs = {
            (w.split()[0], w.split()[1] if len(w.split()) > 1 else None)
            for w in (str(x).lower() for x in data.get("fronted_stance_verbs", []))
        }
        self.emotion_preps = set(data.get("emotion_preps", []))
        means = data.get("means", {}) or {}
        self.means_preps = set(means.get("preps", []))
        self.means_verbs = set(means.get("verbs", []))
        self.pronouns = set(data.get("pronouns", []))
        self.reporting_verbs = set(data.get("reporting_verbs", []))
        self.table_hedges = set(data.get("table_hedges", []))
        self.non_causal_marks = set(data.get("non_causal_marks", []))
        self.since_count_words = {str(w).lower() for w in data.get("since_count_words", [])}
        self.absolute_preps = {str(w).lower() for w in data.get("absolute_preps", [])}
        self.goal_nouns = {str(w).lower() for w in data.get("goal_nouns", [])}
        self.attempt_heads = {str(w).lower() for w in data.get("attempt_heads", [])}
        self.complement_nouns = {str(w).lower() for w in data.get("complement_nouns", [])}
        self.no_purpose_nouns = {str(w).lower() for w in data.get("no_purpose_nouns", [])}
        self.question_marks = {str(w).lower() for w in data.get("question_marks", [])}
        self.time_phase_verbs = {str(w).lower() for w in data.get("time_phase_verbs", [])}
        self.watching_verbs = {str(w).lower() for w in data.get("watching_verbs", [])}
        self.comparison_words = {str(w).lower() for w in data.get("comparison_words", [])}
        self.request_verbs = {str(w).lower() for w in data.get("request_verbs", [])}
        self.fronted_sequence_marks = {str(w).lower() for w in data.get("fronted_sequence_marks", [])}
        # round 106: a trailing "for" / "after" whose object is an act (a gerund or a clause) gives its reason
        self.reason_phrase_preps = {str(w).lower() for w in data.get("reason_phrase_preps", [])}
        self.lack_nouns = {str(w).lower() for w in data.get("lack_nouns", [])}
        self.complement_verbs = {str(w).lower() for w in data.get("complement_verbs", [])}
        self.intent_verbs = {str(w).lower() for w in data.get("intent_verbs", [])}
        self.aim_verbs = {str(w).lower() for w in data.get("aim_verbs", [])}
        self.stated_plan_nouns = {str(w).lower() for w in data.get("stated_plan_nouns", [])}
        self.prediction_heads = {str(w).lower() for w in data.get("prediction_heads", [])}
        self.event_relative_verbs = {str(w).lower() for w in data.get("event_relative_verbs", [])}
        self.result_participles = {str(w).lower() for w in data.get("result_participles", [])}
        self.evidential_participles = {str(w).lower() for w in data.get("evidential_participles", [])}
        self.relation_participles = {str(w).lower() for w in data.get("relation_participles", [])}
        self.feeling_agent_preps = {str(w).lower() for w in data.get("feeling_agent_preps", [])}
        self.linking_verbs = {str(w).lower() for w in data.get("linking_verbs", [])}
        self.sequence_verbs = {str(w).lower() for w in data.get("sequence_verbs", [])}
        self.reaction_object_verbs = {str(w).lower() for w in data.get("reaction_object_verbs", [])}
        self.sequence_preps = {str(w).lower() for w in data.get("sequence_preps", [])}
        self.sequence_verb_not_objects = {str(w).lower() for w in data.get("sequence_verb_not_objects", [])}
        self.effect_phrase_stops = {str(w).lower() for w in data.get("effect_phrase_stops", [])}
        # round 35: the openers of a trailing clause a cause is cut before, by class (relative, time, participle)
        self.cause_end_stops = {
            str(k): {str(w).lower() for w in v} for k, v in (data.get("cause_end_stops", {}) or {}).items()
        }
        self.later_event_marks = {tuple(str(p).lower().split()) for p in data.get("later_event_marks", [])}
        prep_causes = data.get("prep_causes", {}) or {}
        self.cause_preps = set(prep_causes.get("preps", []))
        self.any_object_preps = set(prep_causes.get("any_object_preps", []))
        self.verb_object_preps = set(prep_causes.get("verb_object_preps", []))
        self.any_object_verbs = set(prep_causes.get("any_object_verbs", []))
        self.event_nouns = set(prep_causes.get("event_nouns", []))
        self.main_only_preps = set(prep_causes.get("main_only_preps", []))
        # round 41: "amid" names a cause only when its object is a worry ("amid fears that X"), else a scene
        self.worry_preps = set(prep_causes.get("worry_preps", []))
        self.worry_nouns = set(prep_causes.get("worry_nouns", []))
        # round 44: what a purpose infinitive guards against ("to pressure X against Y") is no cause of it
        self.purpose_guard_preps = set(prep_causes.get("purpose_guard_preps", []))
        self.table_roles: dict[str, str] = {}  # header keyword -> cause | effect | outcome
        for role, words in (data.get("table_roles", {}) or {}).items():
            for word in words:
                self.table_roles.setdefault(str(word).lower(), role)

    @staticmethod
    def _phrases(items: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
        """First word -> multiword phrases (longest first), so a sentence is scanned once."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for item in items:
            words = tuple(item.lower().split())
            index.setdefault(words[0], []).append(words)
        for phrases in index.values():
            phrases.sort(key=len, reverse=True)
        return index

    @staticmethod
    def match(index: dict[str, list[tuple[str, ...]]], words: list[str], i: int) -> tuple[str, ...] | None:
        for phrase in index.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return phrase
        return None


def load_lexicon(path: Path | str | None = None) -> MarkerLexicon:
    directory = Path(path) if path else CAUSAL_DIR
    return MarkerLexicon(load_yaml(CausalMarkers, directory / MARKERS_FILE)[0])  # checked: errors name file and key
