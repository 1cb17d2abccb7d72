"""Fuzzy cognitive map (FCM) inference: pure numpy, no I/O, no knowledge of the store.

A cognitive map is a square weight matrix ``W`` where ``W[i, j]`` is the causal weight of concept ``i`` on
concept ``j`` (in [-1, 1]), plus the concept names in the same order. Inference iterates an activation
vector ``A`` (one value per concept) through an update rule and a transfer (squashing) function until it
stops changing (a fixed point), repeats itself (a limit cycle), or runs out of steps. The three update
rules are the ones of the FCM literature and of the R ``fcm`` package / FCMpy, so results can be checked
against them:

- ``kosko``:           A(t+1) = f(A(t) · W)
- ``modified-kosko``:  A(t+1) = f(A(t) · W + A(t))             (each concept keeps a memory of itself)
- ``rescaled``:        A(t+1) = f((2A(t) − 1) · W + (2A(t) − 1))  (Papageorgiou: avoids the 0.5 drift of
                                                                 sigmoid maps whose concepts are inactive)

Why this lives apart from the maps: scenario analysis is arithmetic over a matrix, so it stays testable
against published examples and reusable for maps that came from anywhere (text, a CSV from Mental Modeler,
a hand-built matrix).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

import numpy as np

Rule = Literal["kosko", "modified-kosko", "rescaled"]
Transfer = Literal["sigmoid", "tanh", "bivalent", "trivalent"]
RULES: tuple[str, ...] = get_args(Rule)
TRANSFERS: tuple[str, ...] = get_args(Transfer)

# A state is taken to repeat when every concept is within this distance of the earlier state; the
# simulation threshold is used unless it is smaller (a tiny threshold should not make cycles undetectable).
_MIN_CYCLE_TOL = 1e-9


@dataclass
class SimulationResult:
    """What a run did: how many updates, how it ended, and every state on the way (initial state first)."""

    steps: int
    outcome: str  # "fixed-point" | "limit-cycle" | "none"
    period: int | None
    final: dict[str, float]
    trace: list[dict[str, float]]
    rule: str = "kosko"
    transfer: str = "sigmoid"
    clamp: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the CLI and API print this)."""
        return {
            "steps": self.steps,
            "outcome": self.outcome,
            "period": self.period,
            "final": self.final,
            "trace": self.trace,
            "rule": self.rule,
            "transfer": self.transfer,
            "clamp": self.clamp,
        }


@dataclass
class Path:
    """One simple directed path and the product of the weights along it."""

    concepts: list[str]
    effect: float


@dataclass
class TotalEffect:
    """Axelrod's total effect of ``source`` on ``target``: the sum of the path effects.

    ``direct`` is the one-edge path (the weight itself, 0 when absent); ``indirect`` sums the longer paths,
    so ``total == direct + indirect``. ``sign`` is Axelrod's qualitative reading: "+" / "-" when every path
    agrees, "indeterminate" when paths of both signs exist, "none" when there is no path.
    """

    source: str
    target: str
    total: float
    direct: float
    indirect: float
    sign: str
    paths: list[Path]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "total": self.total,
            "direct": self.direct,
            "indirect": self.indirect,
            "sign": self.sign,
            "paths": [{"concepts": p.concepts, "effect": p.effect} for p in self.paths],
        }


def transfer_function(name: str, lam: float = 1.0) -> Callable[[np.ndarray], np.ndarray]:
    """The squashing function ``f``: sigmoid → (0, 1), tanh → (−1, 1), bivalent → {0, 1},
    trivalent → {−1, 0, 1}. ``lam`` is the steepness of sigmoid and tanh."""
    if name == "sigmoid":
        return lambda x: 1.0 / (1.0 + np.exp(-lam * x))
    if name == "tanh":
        return lambda x: np.tanh(lam * x)
    if name == "bivalent":
        return lambda x: np.where(x > 0, 1.0, 0.0)
    if name == "trivalent":
        return lambda x: np.where(x > 0, 1.0, np.where(x < 0, -1.0, 0.0))
    raise ValueError(f"unknown transfer function {name!r}; choose one of {', '.join(TRANSFERS)}")


def _update(rule: str, a: np.ndarray, w: np.ndarray) -> np.ndarray:
    if rule == "kosko":
        return a @ w
    if rule == "modified-kosko":
        return a @ w + a
    if rule == "rescaled":
        r = 2.0 * a - 1.0
        return r @ w + r
    raise ValueError(f"unknown update rule {rule!r}; choose one of {', '.join(RULES)}")


def _check(weights: np.ndarray, names: Sequence[str]) -> np.ndarray:
    w = np.asarray(weights, dtype=float)
    if w.ndim != 2 or w.shape[0] != w.shape[1]:
        raise ValueError(f"weights must be a square matrix, got shape {w.shape}")
    if len(names) != w.shape[0]:
        raise ValueError(f"{len(names)} names for a {w.shape[0]}x{w.shape[0]} weight matrix")
    if len(set(names)) != len(names):
        raise ValueError("concept names must be unique")
    if not np.all(np.isfinite(w)):
        raise ValueError("weights must be finite numbers")
    return w


def _vector(values: Mapping[str, float], index: Mapping[str, int], what: str) -> dict[int, float]:
    unknown = [k for k in values if k not in index]
    if unknown:
        raise ValueError(f"{what} names concepts not in the map: {', '.join(map(str, unknown))}")
    return {index[k]: float(v) for k, v in values.items()}


def simulate(
    weights: np.ndarray,
    names: Sequence[str],
    init: Mapping[str, float] | None = None,
    clamp: Mapping[str, float] | None = None,
    rule: str = "kosko",
    transfer: str = "sigmoid",
    lam: float = 1.0,
    threshold: float = 0.001,
    steps: int = 50,
    max_period: int | None = None,
) -> SimulationResult:
    """Iterate the map from ``init`` (missing concepts start at 0) for at most ``steps`` updates.

    ``clamp`` fixes concepts at a value: they start there and are reset to it after every update, which is
    how a scenario ("what if sanctions are kept at their maximum?") is posed. The run stops at a fixed point
    when the largest change of one update is ≤ ``threshold``, or at a limit cycle when the state repeats
    (within ``threshold``) a state ``p ≥ 2`` updates back for ``p`` consecutive updates, i.e. a whole period
    has been seen twice. ``max_period`` bounds the periods looked for (default: ``steps // 2``).
    """
    init = dict(init or {})
    clamp = dict(clamp or {})
    names = list(names)
    w = _check(weights, names)
    if rule not in RULES:
        raise ValueError(f"unknown update rule {rule!r}; choose one of {', '.join(RULES)}")
    f = transfer_function(transfer, lam)
    if steps < 0:
        raise ValueError("steps must be >= 0")
    index = {n: i for i, n in enumerate(names)}
    a = np.zeros(len(names))
    for i, v in _vector(init, index, "init").items():
        a[i] = v
    clamped = _vector(clamp, index, "clamp")
    for i, v in clamped.items():
        a[i] = v
    clamp_idx = np.array(sorted(clamped), dtype=int)
    clamp_val = np.array([clamped[i] for i in clamp_idx], dtype=float)

    history: list[np.ndarray] = [a.copy()]
    tol = max(threshold, _MIN_CYCLE_TOL)
    max_period = max_period if max_period is not None else max(2, steps // 2)
    outcome, period = "none", None
    done = 0
    for _ in range(steps):
        new = f(_update(rule, a, w)).astype(float)
        if clamp_idx.size:
            new[clamp_idx] = clamp_val
        done += 1
        history.append(new.copy())
        change = float(np.max(np.abs(new - a))) if new.size else 0.0
        a = new
        if change <= threshold:
            outcome, period = "fixed-point", 1
            break
        p = _cycle_period(history, tol, max_period)
        if p is not None:
            outcome, period = "limit-cycle", p
            break

    trace = [_as_dict(names, h) for h in history]
    return SimulationResult(
        steps=done,
        outcome=outcome,
        period=period,
        final=trace[-1],
        trace=trace,
        rule=rule,
        transfer=transfer,
        clamp={k: float(v) for k, v in clamp.items()},
    )


def _cycle_period(history: list[np.ndarray], tol: float, max_period: int) -> int | None:
    """The smallest p ≥ 2 such that each of the last p states equals the state p updates before it."""
    n = len(history)
    for p in range(2, max_period + 1):
        if n < 2 * p + 1:  # need the period seen twice after the initial state
            break
        if all(np.max(np.abs(history[-1 - k] - history[-1 - k - p]), initial=0.0) <= tol for k in range(p)):
            return p
    return None


def _as_dict(names: Sequence[str], values: np.ndarray) -> dict[str, float]:
    return {n: float(v) for n, v in zip(names, values, strict=True)}


def compare(baseline: SimulationResult, scenario: SimulationResult) -> list[dict[str, Any]]:
    """Concepts ranked by how far the scenario moved their final value from the baseline (largest first).

    Each row: ``concept``, ``baseline``, ``scenario``, ``difference`` (scenario − baseline). Ties keep the
    map's concept order so the output is stable.
    """
    missing = set(baseline.final) ^ set(scenario.final)
    if missing:
        raise ValueError(f"the two runs are over different concepts: {', '.join(sorted(missing))}")
    rows: list[dict[str, Any]] = [
        {
            "concept": name,
            "baseline": base,
            "scenario": scenario.final[name],
            "difference": scenario.final[name] - base,
        }
        for name, base in baseline.final.items()
    ]
    order = {name: i for i, name in enumerate(baseline.final)}
    rows.sort(key=lambda r: (-abs(r["difference"]), order[r["concept"]]))
    return rows


def total_effect(
    weights: np.ndarray,
    names: Sequence[str],
    source: str,
    target: str,
    max_len: int | None = None,
) -> TotalEffect:
    """Axelrod's total effect of ``source`` on ``target`` over simple directed paths of ≤ ``max_len`` edges.

    The indirect effect of a path is the product of its weights; the total effect is their sum. Paths are
    simple (no concept visited twice), so feedback loops do not inflate the sum. ``max_len`` defaults to
    the number of concepts − 1 (every simple path); enumerating paths is exponential on dense maps, so pass
    a bound for large ones.
    """
    names = list(names)
    w = _check(weights, names)
    index = {n: i for i, n in enumerate(names)}
    for label, name in (("source", source), ("target", target)):
        if name not in index:
            raise ValueError(f"{label} {name!r} is not a concept of the map")
    s, t = index[source], index[target]
    limit = max_len if max_len is not None else max(1, len(names) - 1)
    succ = [np.nonzero(w[i])[0].tolist() for i in range(len(names))]
    paths: list[Path] = []

    def walk(node: int, seen: list[int], product: float) -> None:
        if len(seen) - 1 >= limit:
            return
        for nxt in succ[node]:
            value = product * w[node, nxt]
            if nxt == t:  # when source == target this closes a feedback loop
                paths.append(Path([names[i] for i in seen] + [names[nxt]], float(value)))
                continue
            if nxt in seen:
                continue
            walk(nxt, seen + [nxt], value)

    walk(s, [s], 1.0)
    paths.sort(key=lambda p: (len(p.concepts), -abs(p.effect)))
    direct = float(sum(p.effect for p in paths if len(p.concepts) == 2))
    indirect = float(sum(p.effect for p in paths if len(p.concepts) > 2))
    signs = {np.sign(p.effect) for p in paths if p.effect != 0}
    if not signs:
        sign = "none"
    elif signs == {1.0}:
        sign = "+"
    elif signs == {-1.0}:
        sign = "-"
    else:
        sign = "indeterminate"
    return TotalEffect(source, target, direct + indirect, direct, indirect, sign, paths)


def run_scenario(
    weights: np.ndarray,
    names: Sequence[str],
    clamp: Mapping[str, float],
    init: Mapping[str, float] | None = None,
    **options: Any,
) -> tuple[SimulationResult, SimulationResult, list[dict[str, Any]]]:
    """Baseline (no clamp) and scenario (with ``clamp``) from the same ``init``, and their comparison.

    ``options`` go to :func:`simulate` (rule, transfer, lam, threshold, steps).
    """
    base = simulate(weights, names, init=init, **options)
    scen = simulate(weights, names, init=init, clamp=clamp, **options)
    return base, scen, compare(base, scen)
