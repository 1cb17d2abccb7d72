"""Issue 13, round 13: the span tagger's cause and effect decoded over the parse.

``causal_tagging.parse_decoded`` chooses the cause and the effect among the sentence's syntactic units
(``phrase_candidates``) by the tagger's per-piece role scores summed over each unit. The piece scores here are
made up (one piece per token, a fixed score per word), so each test states what the decoder must do with a
given reading, whatever the trained tagger would read.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_extractor import Extractor
from detente.nlp.causal_tagging import parse_decoded, phrase_candidates, tagged_claims

from .causal_sentences import sentence


def reading(
    sent: Span, cause: set[str], effect: set[str], strength: float = 2.0
) -> list[tuple[int, int, float, float]]:
    """One piece per token: a cause word scores ``strength`` for cause and -``strength`` for effect, an
    effect word the reverse, any other word -``strength`` for both (outside)."""
    out = []
    for t in sent:
        a = t.idx - sent.start_char
        c = strength if t.text in cause else -strength
        e = strength if t.text in effect else -strength
        out.append((a, a + len(t), c, e))
    return out


def text_of(sent: Span, span: tuple[int, int]) -> str:
    return sent.text[span[0] : span[1]]


def test_candidates_are_phrases_not_cuts_across_them(parse: Language) -> None:
    sent = sentence(parse, "Bread prices rose sharply because the harvest failed.")
    texts = {sent.doc[a:b].text for a, b in phrase_candidates(sent)}
    assert "because the harvest failed" in texts  # the reason clause
    assert "the harvest failed" in texts  # ... without its subordinator
    assert "Bread prices rose sharply" in texts  # the main clause without its reason
    assert "Bread prices" in texts
    assert "rose sharply because the" not in texts  # a run across the clause boundary is no unit
    assert "because the harvest" not in texts  # nor one that stops before its clause's verb
    assert not any(t.endswith(".") for t in texts)  # edge punctuation left out


def test_a_reading_that_stops_inside_a_clause_takes_the_whole_clause(parse: Language) -> None:
    sent = sentence(parse, "Bread prices rose sharply because the harvest failed.")
    # the tagger marks "because the harvest" as cause, its verb only weakly outside
    pieces = [
        (a, b, -1.0 if w == "failed" else c, e)
        for (a, b, c, e), w in zip(
            reading(sent, {"because", "the", "harvest"}, {"Bread", "prices", "rose"}),
            [t.text for t in sent],
            strict=True,
        )
    ]
    got = parse_decoded(sent, pieces)
    assert got is not None
    assert text_of(sent, got["cause"]) == "because the harvest failed"
    assert text_of(sent, got["effect"]) == "Bread prices rose"


def test_a_reading_across_the_clause_boundary_is_cut_at_it(parse: Language) -> None:
    sent = sentence(parse, "Bread prices rose sharply because the harvest failed.")
    # the cause reading spills over the subordinator into the main clause
    got = parse_decoded(
        sent, reading(sent, {"sharply", "because", "the", "harvest", "failed"}, {"Bread", "prices", "rose"})
    )
    assert got is not None
    cause, effect = text_of(sent, got["cause"]), text_of(sent, got["effect"])
    assert "harvest failed" in cause and "prices" not in cause
    assert effect.startswith("Bread prices rose")
    (c0, c1), (e0, e1) = got["cause"], got["effect"]
    assert c1 <= e0 or e1 <= c0  # cause and effect never overlap


def test_the_bias_sets_how_much_of_a_phrase_is_kept(parse: Language) -> None:
    sent = sentence(parse, "The strike ended after the company raised the wages of its workers.")
    # "raised ... wages" reads as cause, "of its workers" weakly outside, "strike ended" as effect; "raised
    # the wages" is no unit of the parse (the object's phrase runs to "workers"), so the bias decides
    pieces = [
        (a, b, (2.0 if w in {"raised", "wages"} else (-0.5 if w in {"of", "its", "workers"} else -2.0)), e)
        for (a, b, _, e), w in zip(reading(sent, set(), {"strike", "ended"}), [t.text for t in sent], strict=True)
    ]
    long = parse_decoded(sent, pieces, bias=1.0)
    short = parse_decoded(sent, pieces, bias=0.0)
    assert long is not None and short is not None
    assert text_of(sent, long["cause"]).endswith("of its workers")
    assert "raised" in text_of(sent, short["cause"]) and "workers" not in text_of(sent, short["cause"])


def test_no_pair_without_a_side_the_tagger_favours(parse: Language) -> None:
    sent = sentence(parse, "Bread prices rose sharply because the harvest failed.")
    assert parse_decoded(sent, reading(sent, {"harvest", "failed"}, set())) is None
    assert parse_decoded(sent, []) is None


def test_the_extractor_decodes_over_the_parse_only_when_switched_on(parse: Language, extractor: Extractor) -> None:
    sent = sentence(parse, "Bread prices rose sharply because the harvest failed.")
    pieces = reading(sent, {"harvest", "failed"}, {"Bread", "prices", "rose"}, 3.0)
    # the free runs the old decoder would hand over: "harvest" / "prices rose" (each cut inside a phrase)
    run = {
        "cause": (sent.text.index("harvest"), sent.text.index("harvest") + len("harvest")),
        "effect": (sent.text.index("prices"), sent.text.index("rose") + 4),
        "cause_score": 6.0,
        "effect_score": 6.0,
        "pieces": pieces,
    }
    assert extractor.settings.parse_span_bias is None
    off = tagged_claims(extractor, sent, run)
    assert off and (off[0]["cause"], off[0]["effect"]) == ("harvest", "prices rose")
    extractor.settings.parse_span_bias = 0.0
    try:
        on = tagged_claims(extractor, sent, run)
        # a sentence the free runs give no claim keeps none: the parse only moves the spans of a claim
        assert tagged_claims(extractor, sent, {**run, "cause": (0, 0)}) == []
    finally:
        extractor.settings.parse_span_bias = None
    assert on and (on[0]["cause"], on[0]["effect"]) == ("harvest failed", "Bread prices rose")


def test_the_tagger_hands_over_piece_scores_that_sum_to_its_run_scores() -> None:
    import numpy as np

    from detente.nlp.causal_spans import SpanTagger

    rng = np.random.RandomState(0)  # a seed whose reading decodes a pair
    d, hidden = 4, 6
    tagger = SpanTagger(
        {
            "w1": rng.normal(size=(3 * d, hidden)),
            "b1": np.zeros(hidden),
            "w2": rng.normal(size=(hidden, 3)) * 3,
            "b2": np.zeros(3),
            "mu": np.zeros(3 * d),
            "sd": np.ones(3 * d),
        }
    )
    states = rng.normal(size=(9, d)).astype(np.float32)
    offsets = [(0, 0)] + [(4 * k, 4 * k + 3) for k in range(7)] + [(0, 0)]  # [CLS] 7 pieces [SEP]
    single = tagger.read(states, offsets)
    (many,) = tagger.read_many([(states, offsets)])
    assert len(single["pieces"]) == 7 and [p[:2] for p in single["pieces"]] == offsets[1:-1]
    assert np.allclose([p[2:] for p in single["pieces"]], [p[2:] for p in many["pieces"]], atol=1e-5)
    assert "cause" in single and "effect" in single
    for k, role in ((2, "cause"), (3, "effect")):  # the free run's score is the sum of its pieces' scores
        lo, hi = single[role]
        inside = [p[k] for p in single["pieces"] if lo <= p[0] and p[1] <= hi]
        assert inside and abs(sum(inside) - single[role + "_score"]) < 1e-4
