"""FCM inference checked against the published R ``fcm`` / FCMpy example and small hand-solvable maps."""

from __future__ import annotations

import numpy as np
import pytest

from detente.scenario.fcm import compare, run_scenario, simulate, total_effect

NAMES8 = [f"C{i}" for i in range(1, 9)]
EDGES8 = [
    (1, 3, 0.6), (1, 4, 0.9), (1, 8, 0.8), (2, 1, 0.1), (2, 7, 0.2), (2, 8, 0.5), (3, 2, 0.7),
    (3, 5, 0.9), (3, 7, 0.4), (3, 8, 0.1), (4, 1, 0.4), (4, 6, 0.9), (5, 6, -0.9), (5, 8, 0.3),
    (6, 1, -0.3), (7, 6, 0.8), (7, 7, 0.4), (7, 8, 0.9), (8, 1, 0.1), (8, 6, 0.1), (8, 7, 0.6),
]  # fmt: skip
EXPECTED8 = [0.725885, 0.790706, 0.769451, 0.812473, 0.819294, 0.839901, 0.909940, 0.955774]


def _w8() -> np.ndarray:
    w = np.zeros((8, 8))
    for i, j, v in EDGES8:
        w[i - 1, j - 1] = v
    return w


def test_published_eight_concept_example_modified_kosko() -> None:
    r = simulate(
        _w8(), NAMES8, init={"C1": 1, "C2": 1}, rule="modified-kosko", transfer="sigmoid", lam=1,
        threshold=0.001,
    )  # fmt: skip
    assert r.outcome == "fixed-point"
    assert r.steps == 6
    assert [r.final[n] for n in NAMES8] == pytest.approx(EXPECTED8, abs=1e-5)
    assert len(r.trace) == 7  # the initial state plus 6 updates
    assert r.trace[0] == {n: (1.0 if n in ("C1", "C2") else 0.0) for n in NAMES8}
    last_change = max(abs(r.trace[-1][n] - r.trace[-2][n]) for n in NAMES8)
    assert last_change <= 0.001
    before = max(abs(r.trace[-2][n] - r.trace[-3][n]) for n in NAMES8)
    assert before > 0.001  # it did not stop early


def test_clamp_holds_every_step() -> None:
    r = simulate(_w8(), NAMES8, init={"C2": 1}, clamp={"C5": 0.0, "C1": 1.0}, rule="modified-kosko")
    assert all(state["C5"] == 0.0 and state["C1"] == 1.0 for state in r.trace)
    free = simulate(_w8(), NAMES8, init={"C1": 1, "C2": 1}, rule="modified-kosko")
    # C5 -> C6 is -0.9: holding C5 at zero must leave C6 higher than in the free run
    assert r.final["C6"] > free.final["C6"]


def test_bivalent_two_node_oscillator_is_a_limit_cycle() -> None:
    w = np.array([[0.0, 1.0], [1.0, 0.0]])
    r = simulate(w, ["a", "b"], init={"a": 1}, rule="kosko", transfer="bivalent", steps=20)
    assert r.outcome == "limit-cycle"
    assert r.period == 2
    assert r.steps < 20
    assert [s["a"] for s in r.trace[:5]] == [1.0, 0.0, 1.0, 0.0, 1.0]


def test_no_convergence_within_steps_reports_none() -> None:
    w = np.array([[0.0, 1.0], [1.0, 0.0]])
    r = simulate(w, ["a", "b"], init={"a": 1}, transfer="bivalent", steps=2)
    assert r.outcome == "none" and r.period is None and r.steps == 2


def test_tanh_stays_in_open_interval_and_keeps_signs() -> None:
    w = np.array([[0.0, -1.0, 1.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]]) * 3
    r = simulate(w, ["x", "y", "z"], clamp={"x": 1.0}, rule="kosko", transfer="tanh", steps=50)
    values = [v for state in r.trace[1:] for k, v in state.items() if k != "x"]
    assert all(-1.0 < v < 1.0 for v in values)
    assert r.final["y"] < -0.9  # x pushes y down hard
    assert r.outcome == "fixed-point"


def test_trivalent_values() -> None:
    w = np.array([[0.0, -0.5], [0.0, 0.0]])
    r = simulate(w, ["x", "y"], clamp={"x": 1.0}, transfer="trivalent")
    assert r.final == {"x": 1.0, "y": -1.0}


def test_rescaled_rule_matches_hand_computation() -> None:
    w = np.array([[0.0, 0.5], [-0.5, 0.0]])
    a = np.array([1.0, 0.0])
    r = simulate(w, ["p", "q"], init={"p": 1.0}, rule="rescaled", transfer="sigmoid", steps=1)
    rr = 2 * a - 1
    expected = 1 / (1 + np.exp(-(rr @ w + rr)))
    assert [r.final["p"], r.final["q"]] == pytest.approx(expected.tolist())
    # and it differs from modified Kosko on the same start
    m = simulate(w, ["p", "q"], init={"p": 1.0}, rule="modified-kosko", steps=1)
    assert m.final["q"] != pytest.approx(r.final["q"])


def test_compare_ranks_by_absolute_difference() -> None:
    w = np.array([[0.0, 0.9, -0.3, 0.0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], dtype=float)
    names = ["s", "big", "small", "none"]
    base, scen, ranked = run_scenario(w, names, clamp={"s": 1.0}, transfer="tanh")
    assert [r["concept"] for r in ranked] == ["s", "big", "small", "none"]
    assert ranked[1]["difference"] == pytest.approx(np.tanh(0.9))
    assert ranked[2]["difference"] == pytest.approx(np.tanh(-0.3))
    assert ranked[3]["difference"] == 0.0
    assert compare(base, scen) == ranked


def test_total_effect_direct_and_indirect_paths() -> None:
    # a -> b (0.5), b -> c (0.4), a -> c (-0.2), c -> a (0.9: a loop that must not be walked twice)
    w = np.zeros((3, 3))
    w[0, 1], w[1, 2], w[0, 2], w[2, 0] = 0.5, 0.4, -0.2, 0.9
    te = total_effect(w, ["a", "b", "c"], "a", "c")
    assert te.direct == pytest.approx(-0.2)
    assert te.indirect == pytest.approx(0.2)
    assert te.total == pytest.approx(0.0)
    assert te.sign == "indeterminate"
    assert [p.concepts for p in te.paths] == [["a", "c"], ["a", "b", "c"]]
    short = total_effect(w, ["a", "b", "c"], "a", "c", max_len=1)
    assert short.indirect == 0.0 and short.total == pytest.approx(-0.2)
    none = total_effect(w, ["a", "b", "c"], "b", "a", max_len=1)
    assert none.sign == "none" and none.paths == []


def test_bad_input_is_rejected_clearly() -> None:
    with pytest.raises(ValueError, match="square"):
        simulate(np.zeros((2, 3)), ["a", "b"])
    with pytest.raises(ValueError, match="not in the map"):
        simulate(np.zeros((2, 2)), ["a", "b"], clamp={"zz": 1})
    with pytest.raises(ValueError, match="rule"):
        simulate(np.zeros((2, 2)), ["a", "b"], rule="bogus")
    with pytest.raises(ValueError, match="transfer"):
        simulate(np.zeros((2, 2)), ["a", "b"], transfer="bogus")
