"""The linear causal sentence scorer: sparse features of a parsed sentence and a logistic regression over them.

The weights and every threshold of the causal stage live in ``data/causal/classifier.json`` (written by
``benchmarks/train_causal.py``); ``Classifier`` carries both.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from itertools import repeat
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from detente.nlp.causal_markers import CAUSAL_DIR, WEIGHTS_FILE, MarkerLexicon
from detente.nlp.causal_spans import TAGGER_FILE

# With the actor filter on, an actor subject ("Protesters blocked roads") is split off as a cause only when
# the sentence probability reaches this (classifier.json may set it; the shipped 1.0 means never: on news
# such splits were "Trump -> announced that...", "A delegation -> arrived in Istanbul"; docs/causal.md).
ACTOR_SPLIT_THRESHOLD = 1.0


# ----------------------------------------------------------------------------------------------
# Classifier features. The same function serves training (benchmarks/train_causal.py) and run
# time, so the two cannot drift apart.
# ----------------------------------------------------------------------------------------------


def sentence_features(sent: Span, lex: MarkerLexicon) -> list[str]:
    """Sparse binary features of one parsed sentence: n-grams, dependency relations, markers."""
    feats: list[str] = ["bias"]
    words = [t.lower_ for t in sent]
    prev = "<s>"
    n_verbs = 0
    for i, tok in enumerate(sent):
        w = words[i]
        dep = tok.dep_
        # each attribute read once: a Token property is a vocabulary lookup per read (output unchanged)
        lemma, is_verb = tok.lemma_, tok.pos_ == "VERB"
        if not tok.is_punct:
            feats.append("w:" + w)
        feats.append("b:" + prev + "_" + w)
        prev = w
        if is_verb:
            n_verbs += 1
            feats.append("v:" + lemma)
            feats.append("vt:" + tok.tag_ + ":" + dep)
        if dep in ("advcl", "xcomp", "acl", "relcl", "ccomp", "conj", "pcomp", "npadvmod"):
            feats.append("d:" + dep + ":" + tok.tag_)
            feats.append("dh:" + dep + ":" + tok.head.lemma_ + ">" + lemma)
            if dep == "advcl":
                marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
                feats.append("advcl:" + (marks[0] if marks else tok.tag_))
        elif dep in ("mark", "prep", "agent", "advmod"):
            feats.append("d:" + dep + ":" + w + ":" + tok.head.pos_)
        elif dep in ("dobj", "nsubj", "nsubjpass", "pobj"):
            feats.append("d:" + dep + ":" + tok.head.lemma_)
        if dep == "neg":
            feats.append("neg:" + tok.head.lemma_)
        spec = lex.verbs.get(lemma)
        if spec is not None and is_verb:
            feats.append("mv:" + lemma)
            feats.append("mv_any")
            if any(c.dep_ == "neg" for c in tok.children):
                feats.append("mv_neg")
        for name, index in (("mc", lex.connectives), ("mf", lex.forward), ("mp", lex.purpose), ("mx", lex.concessive)):
            phrase = MarkerLexicon.match(index, words, i) if w in index else None
            if phrase:
                feats.append(name + ":" + " ".join(phrase))
                feats.append(name + "_any")
    feats.append("b:" + prev + "_</s>")
    feats.append("nv:" + str(min(n_verbs, 6)))
    feats.append("len:" + str(min(len(sent) // 8, 8)))
    return feats


class Classifier:
    """Logistic regression over string features; weights are a plain dict (absent feature = 0)."""

    def __init__(
        self,
        weights: dict[str, float],
        threshold: float = 0.5,
        marker_threshold: float = 0.35,
        meta: dict[str, Any] | None = None,
        subject_split_threshold: float = 0.4,
    ) -> None:
        self.weights = weights
        self.threshold = threshold
        self.marker_threshold = marker_threshold
        # the weakest clause split (subject -> predicate) needs a confident classifier: on analytic
        # prose it mostly turns "X did Y" into a claim
        self.subject_split_threshold = subject_split_threshold
        self.actor_split_threshold = ACTOR_SPLIT_THRESHOLD
        self.implicit_threshold = threshold
        self.tag_threshold = threshold
        self.tagger_order = "last"
        self.tag_min_score = 0.0
        self.join_fragments = False
        self.split_lines = False
        self.sequence_needs_contention = False
        self.lenient_prose = False
        self.complete_tagged = False
        self.trim_headings = False
        self.trim_fronted = False
        self.trim_datelines = False
        self.trim_reports = False
        self.parse_span_bias: float | None = None
        self.tag_over_implicit_min_score = math.inf
        self.tag_over_subject_split_min_score = math.inf
        self.swap_implicit_below = -math.inf
        self.extra_tag_min_score = math.inf
        self.extra_split_min_vote = math.inf
        self.extra_contention_targets = False
        self.extra_purpose_clauses = False
        self.contention_needs_subject = False
        self.contention_act_targets = False
        self.contention_act_clause = False
        self.purpose_parse_checks = False
        self.purpose_instrument_verbs = False
        self.extra_fronted_participles = False
        self.extra_purpose_chains = False
        self.subject_split_gives_way = False
        self.attempted_acts = False
        self.relative_doer_causes = False
        self.tag_pair_no_doer_cause = False
        self.extra_fronted_feelings = False
        self.no_time_place_sides = False
        self.no_modifier_sides = False
        self.tag_units_min_prob = math.inf
        self.span_tagger_file = TAGGER_FILE
        self.role_tagger_file: str | None = None
        self.split_over_tag_min_vote = math.inf
        self.split_over_tag_below_score = math.inf
        self.extra_inner_split_min_vote = math.inf
        self.tag_pair_min_role_vote = -math.inf
        self.tag_pair_no_subject_effect = False
        self.tag_pair_turn_subject_effect = False
        self.sure_unblock_min_prob = math.inf
        self.time_marker_min_prob = 0.0
        self.sequence_sure_min_prob = math.inf
        self.linking_tag_min_prob = 0.0
        self.verb_effect_phrase = False
        self.participle_effect_verb = False
        self.cause_end_trim: tuple[str, ...] = ()
        self.split_clause_effects = True
        self.ensemble: dict[str, Any] = {}
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> Classifier:
        directory = Path(path) if path else CAUSAL_DIR
        with open(directory / WEIGHTS_FILE, encoding="utf-8") as f:
            data = json.load(f)
        clf = cls(
            data["weights"],
            data.get("threshold", 0.5),
            data.get("marker_threshold", 0.35),
            data.get("meta"),
            data.get("subject_split_threshold", 0.4),
        )
        clf.actor_split_threshold = data.get("actor_split_threshold", ACTOR_SPLIT_THRESHOLD)
        # a sentence with no causal marker needs a surer classifier before its clauses become a claim:
        # news quotes and questions otherwise turn into "I -> made a decision" pairs
        clf.implicit_threshold = data.get("implicit_threshold", clf.threshold)
        # the optional second tier (MiniLM + adapters): {"adapters", "gate": [lo, hi], "minilm_weight"}
        clf.ensemble = data.get("ensemble", {})
        # from this probability a sentence with no marker pair gets the span tagger's cause and effect
        clf.tag_threshold = data.get("tag_threshold", clf.threshold)
        # where the tagger's pair stands among the rules: "first" (it replaces marker pairs), "before-implicit"
        # (after marker pairs, before the implicit clause split) or "last" (only where no rule gave a pair)
        clf.tagger_order = str(data.get("tagger_order", "last"))
        # the tagger's spans count only when each is at least this sure (sum of per-piece log-odds)
        clf.tag_min_score = float(data.get("tag_min_score", 0.0))
        # with tagger_order "last", a tagger pair this sure still goes before the implicit clause split
        clf.tag_over_implicit_min_score = float(data.get("tag_over_implicit_min_score", math.inf))
        # ... and one this sure goes before the last-resort subject -> predicate split (round 14)
        clf.tag_over_subject_split_min_score = float(data.get("tag_over_subject_split_min_score", math.inf))
        # an unpunctuated fragment (dateline, headline) is scored with the sentence after it on its line
        clf.join_fragments = bool(data.get("join_fragments", False))
        # a sentence that runs over a line break (a headline, byline or list label before it) is scored and
        # split line by line (issue 13, news round)
        clf.split_lines = bool(data.get("split_lines", False))
        clf.sequence_needs_contention = bool(data.get("sequence_needs_contention", False))
        # closing quotes count as closing punctuation, and a one-line document is never a heading
        clf.lenient_prose = bool(data.get("lenient_prose", False))
        # a tagged span that stops inside a phrase is finished to the phrase's end (causal_tagging)
        clf.complete_tagged = bool(data.get("complete_tagged", False))
        # a cause or effect that runs through a colon keeps what follows it (dateline, heading; round 10)
        clf.trim_headings = bool(data.get("trim_headings", False))
        # an effect that opens with a fronted adverbial and a comma keeps the clause after it (round 10)
        clf.trim_fronted = bool(data.get("trim_fronted", False))
        # ... and one that runs through a publication stamp without a colon ("May 22 , 2012 00:00 IST") keeps
        # what follows the stamp (round 14)
        clf.trim_datelines = bool(data.get("trim_datelines", False))
        # an effect that is a report ("police said he was shot") keeps the reported clause (round 14)
        clf.trim_reports = bool(data.get("trim_reports", False))
        # the tagger's cause and effect chosen among the parse's phrases, this bias per word piece (round 13;
        # causal_tagging.parse_decoded); None: the free runs of pieces ``causal_spans.decode`` chose
        bias = data.get("parse_span_bias")
        clf.parse_span_bias = None if bias is None else float(bias)
        # an implicit clause split whose direction the tagger's role vote puts below this turns around
        # (causal_spans.role_vote: the cause's pieces read as effect, the effect's as cause); -inf: never
        clf.swap_implicit_below = float(data.get("swap_implicit_below", -math.inf))
        # several pairs per sentence (round 9): beside the pairs a sentence already has, the tagger's pair when
        # both its spans score at least this, and the clause split of any other clause whose tagger role vote
        # is at least ``extra_split_min_vote``, each only when it states another relation; inf: never
        clf.extra_tag_min_score = float(data.get("extra_tag_min_score", math.inf))
        clf.extra_split_min_vote = float(data.get("extra_split_min_vote", math.inf))
        # round 15: beside them, what a protest in the sentence is against or demands -> the protest
        # (``causal_implicit.contention_targets``)
        clf.extra_contention_targets = bool(data.get("extra_contention_targets", False))
        # ... and a purpose infinitive -> the act it is the purpose of (``causal_implicit.purpose_clauses``)
        clf.extra_purpose_clauses = bool(data.get("extra_purpose_clauses", False))
        # round 16: no protest pair for a protest verb without a subject of its own ("..., protesting | against
        # X": CNC marks the participle phrase whole, as a cause of the clause), and no purpose pair where the
        # parse shape says the infinitive is no purpose (``causal_implicit.purpose_misparsed``)
        clf.contention_needs_subject = bool(data.get("contention_needs_subject", False))
        # round 37: no contention pair whose target is a party (a person, group or actor), not a grievance
        clf.contention_act_targets = bool(data.get("contention_act_targets", False))
        # round 41: a demand's act is the whole clause it sits in ("started gathering | demanding X", "resorted to a
        # strike | demanding X"), not a bare verb or noun (``causal_implicit._contention_phrase``)
        clf.contention_act_clause = bool(data.get("contention_act_clause", False))
        clf.purpose_parse_checks = bool(data.get("purpose_parse_checks", False))
        # round 22: the infinitive complement of a verb putting a means to work is a purpose too ("used rubber
        # bullets | to disperse the crowd"; ``causal_implicit.instrument_purpose``)
        clf.purpose_instrument_verbs = bool(data.get("purpose_instrument_verbs", False))
        # round 27: a fronted participle clause -> the rest of the sentence, a further pair
        # (``causal_implicit.fronted_participles``)
        clf.extra_fronted_participles = bool(data.get("extra_fronted_participles", False))
        # round 39: an infinitive that hangs inside a purpose infinitive's phrase -> that phrase, a further pair
        # (``causal_implicit.purpose_chains``)
        clf.extra_purpose_chains = bool(data.get("extra_purpose_chains", False))
        # round 40: the last-resort subject -> predicate split gives way to the sentence's further pairs
        # (a purpose, a protest's grievance, a fronted participle ...) where there are any
        clf.subject_split_gives_way = bool(data.get("subject_split_gives_way", False))
        # round 40: no claim from a causal verb that is the infinitive of a verb of trying or intending
        # (markers.yml ``attempt_heads``: "who attempted to derail a train")
        clf.attempted_acts = bool(data.get("attempted_acts", False))
        # round 42: the claim of a causal verb inside a relative clause or a noun's passive participle whose cause
        # names who acts ("people who blocked the road", "the hurdles created by the government") gives way to
        # any other claim of its sentence
        clf.relative_doer_causes = bool(data.get("relative_doer_causes", False))
        # round 40: no tagger pair whose cause is the subject of its effect's verb and names who acts or undergoes
        # (a person, a group, an actor, a pronoun, a passive subject) where a clause split reads the sentence
        clf.tag_pair_no_doer_cause = bool(data.get("tag_pair_no_doer_cause", False))
        # round 40: the cause of a feeling that opens the sentence -> the feeling, a further pair
        # (``causal_implicit.fronted_feelings``)
        clf.extra_fronted_feelings = bool(data.get("extra_fronted_feelings", False))
        # round 17: no claim whose cause or effect names only a time, a place or a number ("on Tuesday" ->
        # X; ``causal_parse.only_time_or_place``): the tagger's unit or a split cut at a date, never a cause
        clf.no_time_place_sides = bool(data.get("no_time_place_sides", False))
        # round 21: no claim whose side only modifies the other side's clause: adverbs and time words, an effect
        # that is a bare prepositional phrase hanging from the cause (``causal_parse.modifier_side``)
        clf.no_modifier_sides = bool(data.get("no_modifier_sides", False))
        # round 17: a sentence the scorer gives at least this whose tagger pair (scoring ``tag_min_score``) made no
        # claim from its free runs (a fragment, an actor, a filtered side) takes the pair chosen among the parse's
        # units (``causal_tagging.unit_claims``); inf: off, as before
        clf.tag_units_min_prob = float(data.get("tag_units_min_prob", math.inf))
        # round 19: the span tagger's weights, a file of the data directory: ``span_tagger.npz`` (each piece read
        # with two neighbours a side; the default) or ``span_tagger_wide.npz`` (also pieces 3-8 away and the
        # sentence's mean state: CNC pairs 0.433 -> 0.442 out of fold, seeds pairs 0.656 -> 0.651)
        clf.span_tagger_file = str(data.get("span_tagger", TAGGER_FILE))
        # round 20: the tagger whose per-piece role log-odds check directions, turn splits and vote extra splits
        # (``span_tagger.npz`` beside the wide ``span_tagger``); unset: the span tagger's own
        clf.role_tagger_file = str(data["role_tagger"]) if data.get("role_tagger") else None
        # arbitration (round 12): a tagger pair that would go before the implicit split (its score reaches
        # ``tag_over_implicit_min_score``) but scores under ``split_over_tag_below_score`` yields to the split
        # when the tagger's own role vote for the split's cause and effect reaches ``split_over_tag_min_vote``:
        # the tagger reads the split's clauses that way round, so its pair cut elsewhere is the weaker reading
        clf.split_over_tag_min_vote = float(data.get("split_over_tag_min_vote", math.inf))
        clf.split_over_tag_below_score = float(data.get("split_over_tag_below_score", math.inf))
        # round 18: the clause splits of clauses below the main one (a chain "A, B-ing C to D") as further pairs
        # when the tagger's role vote for the split reaches this, and a sentence scored at least
        # ``sure_unblock_min_prob`` that a concessive or negated marker left with no claim read without that
        # block; inf: off, as before
        clf.extra_inner_split_min_vote = float(data.get("extra_inner_split_min_vote", math.inf))
        # round 20: the tagger's own pair is turned round where the role vote for its cause and effect
        # (``role_tagger``'s log-odds) falls under this: the wide tagger decodes some pairs the wrong way round
        clf.tag_pair_min_role_vote = float(data.get("tag_pair_min_role_vote", -math.inf))
        # round 20: nor is a tagger pair kept whose effect is the subject of a verb inside its cause ("protesting
        # the rules -> The teachers"): a predicate is not the cause of its own subject; the clause split and the
        # role vote read such a sentence instead
        clf.tag_pair_no_subject_effect = bool(data.get("tag_pair_no_subject_effect", False))
        # and where no clause split reads the sentence, such a pair is turned round instead (when set)
        clf.tag_pair_turn_subject_effect = bool(data.get("tag_pair_turn_subject_effect", False))
        clf.sure_unblock_min_prob = float(data.get("sure_unblock_min_prob", math.inf))
        # round 24: a claim whose marker also tells time ("as", "when", "while": ``time_or_reason_markers``) stands
        # only from this probability (0: always); and a sentence scored at least ``sequence_sure_min_prob`` keeps
        # its "after / following" claim without contention words (``sequence_needs_contention``; inf: never)
        clf.time_marker_min_prob = float(data.get("time_marker_min_prob", 0.0))
        clf.sequence_sure_min_prob = float(data.get("sequence_sure_min_prob", math.inf))
        # round 31: the tagger's pair on a sentence whose main verb only links (``linking_verbs``: "X was the
        # sticking point") stands only from this probability (0: always)
        clf.linking_tag_min_prob = float(data.get("linking_tag_min_prob", 0.0))
        # round 33: a causal verb's effect is its verb phrase as CNC marks it: on over the verb's trailing modifiers
        # ("causing inconvenience | to the public") and, for a subjectless participle, from the participle itself
        clf.verb_effect_phrase = bool(data.get("verb_effect_phrase", False))
        clf.participle_effect_verb = bool(data.get("participle_effect_verb", False))
        # round 35: the classes of trailing clause (markers.yml ``cause_end_stops``) a cause is cut before
        clf.cause_end_trim = tuple(str(c) for c in data.get("cause_end_trim", []))
        # round 37: false keeps an effect that coordinates clauses one span ("two died and 17 were injured"), as CNC
        # marks it; coordinated nouns are still split
        clf.split_clause_effects = bool(data.get("split_clause_effects", True))
        return clf

    @property
    def extras(self) -> bool:
        """Whether a sentence with a pair may get more (``extra_tag_min_score``, ``extra_split_min_vote``,
        ``extra_contention_targets``, ``extra_purpose_clauses``, ``extra_fronted_participles``,
        ``extra_purpose_chains`` or ``extra_inner_split_min_vote``)."""
        return (
            self.extra_tag_min_score < math.inf
            or self.extra_split_min_vote < math.inf
            or self.extra_inner_split_min_vote < math.inf
            or self.extra_contention_targets
            or self.extra_purpose_clauses
            or self.extra_fronted_participles
            or self.extra_purpose_chains
            or self.extra_fronted_feelings
        )

    def prob(self, feats: Iterable[str]) -> float:
        # the same sum in the same order as a generator over the set, without a generator frame per feature
        z = sum(map(self.weights.get, set(feats), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
