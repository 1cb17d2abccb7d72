"""The proxies of issue 14, session 9 (docs/events.md rule 31): the CAMEO examples' tuning / held-out split and the
Source / Target spans kept for the CAMEO_ConfliBERT majority sentences. Constructed rows only."""

from __future__ import annotations

from benchmarks.build_event_data import cameo_confli_votes
from benchmarks.eval_events import HALVES, example_half

HEAD = "ids,sentences,entities_1,Action1_CAMEO_1,entities_2,Action1_CAMEO_2,entities_3,Action1_CAMEO_3\n"


def test_the_split_depends_on_the_code_alone() -> None:
    codes = [f"{n:03d}" for n in range(10, 205)]
    halves = {code: example_half(code) for code in codes}
    assert set(halves.values()) == set(HALVES)
    assert all(example_half(code) == half for code, half in halves.items())  # the same every time
    assert 0.3 < sum(h == "tune" for h in halves.values()) / len(codes) < 0.7  # neither half tiny


def test_majority_voters_spans_are_kept() -> None:
    sentence = "Norland troops shelled Vell villages on Monday."
    source = "('Source-1', 'Norland troops', 0)"
    target = "('Target-1', 'Vell villages', 23)"
    other = "('Target-1', 'Monday', 40)"
    row = (
        f'a,"{sentence}","[{source}, {target}]",4-19 Fight,'
        f"\"[{source}, {target}, ('Location', 'Vell', 23)]\",4-19 Fight,"
        f'"[{source}, {other}]",4-18 Assault\n'
    )
    (got,) = cameo_confli_votes([("r1", HEAD + row)])
    assert got["root"] == "19"
    spans = {(kind, sentence[lo:hi]) for kind, lo, hi in got["spans"]}
    # the two annotators who gave the majority root name the spans; the third one's target is left out
    assert spans == {("S", "Norland troops"), ("T", "Vell villages")}
