"""Forecasts of monthly series (a dyad's relations index, or any ``dyad,period,value`` file) with intervals,
and rolling-origin backtests against the forecasts a user gets for free. Pure: numpy, scipy and statsmodels,
no store, no I/O (``detente.api.forecast`` reads the store and files).

Models (``MODELS``):

- baselines: ``naive`` (last value), ``snaive`` (the value twelve months before the period, else the last
  value), ``mean`` (historical mean), ``ses`` (simple exponential smoothing, the smoothing weight chosen per
  series by its one-step squared error on the past);
- ``global``: one model pooled across every series of the panel, refitted at each origin on the past of
  every series. Each row is one (series, month) with features scaled per series: the last ``LAGS`` changes,
  exponentially smoothed levels, the historical and 12-month means, each minus the last value and divided by
  the series' mean absolute monthly change up to then; the target is the change ``horizon`` months later on
  the same scale. Fitted by ridge-regularised least absolute deviations (the forecast is scored by absolute
  error, so it estimates a median);
- ``auto`` (the default): at each origin and horizon, whichever of ``global``, ``ses`` and their mixes
  (``AUTO_CANDIDATES``: 3:1, 1:1, 1:3) had the best backtest score (mean over series of MAE / naive's MAE) over
  the last ``WINDOW`` origins whose months are already observed;
- ``ets``, ``arima``, ``theta``: statsmodels' per-series ETS (additive error, no trend), ARIMA(1,1,1) and
  Theta method, with statsmodels' own prediction intervals. Slow (one fit per series and origin), so off by
  default; the benchmark runs them.

Intervals for the models above statsmodels' come from the past: the empirical 2.5/10/90/97.5% quantiles of
the out-of-sample forecast errors the same model made at earlier origins (each divided by the series' scale
at its origin), pooled over every series, per horizon, over the last ``WINDOW`` origins; multiplied by the
series' scale now. Until enough past errors exist (``MIN_CALIBRATION``), a normal band of a random walk with
the series' scale is used.

A series with fewer than ``MIN_POINTS`` observed values falls back to ``naive``, and says so in ``fallback``.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

MODELS = ("auto", "global", "ses", "naive", "snaive", "mean", "ets", "arima", "theta")
BASELINES = ("naive", "snaive", "ses", "mean")
STATSMODELS = ("ets", "arima", "theta")
AUTO_CANDIDATES = ("global", "ses", "global+ses", "global3+ses", "global+ses3")
DEFAULT_MODEL = "auto"
LAGS = 6
ALPHAS = np.array([0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9])
RIDGE = 1.0
LAD_ITERATIONS = 3
CLIP = 8.0
MIN_POINTS = 8  # observed values a series needs before any model but naive forecasts it
MIN_TRAIN_ROWS = 40  # (series, month) rows the global model needs at an origin; else it is not fitted there
MIN_HISTORY = 3  # observed values a row's series needs up to its month to be a training row
WINDOW = 36  # past origins whose errors calibrate intervals and choose the auto model
MIN_CALIBRATION = 30  # past errors needed before empirical quantiles replace the normal band
QUANTILES = (0.025, 0.1, 0.9, 0.975)
Progress = Callable[[int, int], None]


@dataclass
class Series:
    """One monthly series: ``periods`` as ``YYYY-MM``, consecutive; ``values`` NaN where missing."""

    name: str
    periods: list[str]
    values: np.ndarray
    forecast: bool = True  # False: a companion that only helps fit the pooled model, no rows of its own


@dataclass
class Forecasts:
    """Everything ``run`` computed, on the panel's month grid (``months[t]``)."""

    months: list[str]
    names: list[str]
    values: np.ndarray  # n x T observed values (NaN missing)
    wanted: list[bool] = field(default_factory=list)  # per series: are its rows wanted
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------ month arithmetic


def month_index(period: str) -> int:
    """``"2024-03"`` (or ``"2024-03-01"``) -> months since year 0; ValueError for anything not monthly."""
    text = str(period).strip()
    if len(text) == 10 and text.endswith("-01"):
        text = text[:7]
    if len(text) != 7 or text[4] != "-" or not (text[:4].isdigit() and text[5:].isdigit()):
        raise ValueError(f"period {period!r} is not a month (YYYY-MM)")
    year, month = int(text[:4]), int(text[5:])
    if not 1 <= month <= 12:
        raise ValueError(f"period {period!r} is not a month (YYYY-MM)")
    return year * 12 + month - 1


def month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


# ------------------------------------------------------------------------------------------ panel features


def _ffill(values: np.ndarray) -> np.ndarray:
    out = values.copy()
    for t in range(1, out.shape[1]):
        gap = np.isnan(out[:, t])
        out[gap, t] = out[gap, t - 1]
    return out


@dataclass
class _Panel:
    """Causal per-(series, month) quantities: each uses only values up to that month."""

    y: np.ndarray  # observed (NaN missing)
    x: np.ndarray  # last observed value (NaN before the first)
    scale: np.ndarray  # mean absolute monthly change up to t
    count: np.ndarray  # observed values up to t
    levels: np.ndarray  # SES level per alpha: A x n x T
    best_alpha: np.ndarray  # index into ALPHAS with the lowest one-step squared error up to t
    mean: np.ndarray  # historical mean up to t
    features: np.ndarray  # n x T x F, scaled


def _panel(y: np.ndarray) -> _Panel:
    n, T = y.shape
    x = _ffill(y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        levels = np.full((len(ALPHAS), n, T), np.nan)
        levels[:, :, 0] = x[:, 0]
        for t in range(1, T):
            prev = levels[:, :, t - 1]
            new = np.where(np.isnan(prev), x[:, t], prev + ALPHAS[:, None] * (x[:, t] - prev))
            levels[:, :, t] = np.where(np.isnan(y[:, t]), prev, new)
        sq = np.zeros((len(ALPHAS), n, T))
        sq[:, :, 1:] = np.nan_to_num((y[None, :, 1:] - levels[:, :, :-1]) ** 2)
        best_alpha = np.argmin(np.cumsum(sq, axis=2), axis=0)
        diffs = np.zeros((n, T))
        has = np.zeros((n, T), dtype=bool)
        d = np.abs(np.diff(x, axis=1))
        has[:, 1:] = ~np.isnan(d) & ~np.isnan(y[:, 1:])
        diffs[:, 1:] = np.where(has[:, 1:], d, 0.0)
        k = np.cumsum(has, axis=1)
        scale = np.where(k > 0, np.cumsum(diffs, axis=1) / np.maximum(k, 1), np.nan)
        positive = np.where(scale > 0, scale, np.nan)
        typical = np.nanmedian(positive, axis=0) if np.isfinite(positive).any() else np.ones(T)
        typical = np.where(np.isfinite(typical), typical, 1.0)
        # a constant series has no scale of its own: borrow the panel's typical one, so errors stay finite
        scale = np.where(scale > 0, scale, typical[None, :])
        count = np.cumsum(~np.isnan(y), axis=1)
        total = np.cumsum(np.nan_to_num(y), axis=1)
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
        rolling = np.full((n, T), np.nan)
        for t in range(T):
            window = y[:, max(0, t - 11) : t + 1]
            seen = (~np.isnan(window)).sum(axis=1)
            rolling[:, t] = np.where(seen > 0, np.nansum(window, axis=1) / np.maximum(seen, 1), np.nan)
        best = np.take_along_axis(levels, best_alpha[None], axis=0)[0]
        alpha = ALPHAS[best_alpha]
        cols = []
        for lag in range(1, LAGS + 1):
            f = np.full((n, T), np.nan)
            f[:, lag:] = x[:, :-lag] - x[:, lag:]
            cols.append(f)
        cols += [
            levels[1] - x,
            levels[3] - x,
            levels[4] - x,
            best - x,
            (best - x) * alpha,
            (mean - x) * (1 - alpha),
            mean - x,
            rolling - x,
        ]
        scaled = [c / scale for c in cols] + [np.isnan(y).astype(float)]
        features = np.clip(np.nan_to_num(np.stack(scaled, axis=2)), -CLIP, CLIP)
    return _Panel(y, x, scale, count, levels, best_alpha, mean, features)


def _fit_lad(z: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Ridge-regularised least absolute deviations by iteratively reweighted least squares."""
    z = np.hstack([z, np.ones((len(z), 1))])
    weights = np.ones(len(target))
    penalty = RIDGE * np.eye(z.shape[1])
    penalty[-1, -1] = 0.0
    beta = np.zeros(z.shape[1])
    for _ in range(LAD_ITERATIONS + 1):
        zw = z * weights[:, None]
        beta = np.linalg.solve(z.T @ zw + penalty, zw.T @ target)
        weights = 1.0 / np.maximum(np.abs(target - z @ beta), 0.05)
    return beta


# ------------------------------------------------------------------------------------------ point forecasts


def _point_forecasts(
    p: _Panel, origins: Sequence[int], horizon: int, models: Sequence[str], progress: Progress | None = None
) -> dict[str, np.ndarray]:
    """``pred[model][i, t, h-1]``: the forecast made at origin ``t`` (data up to t) for month ``t + h``."""
    n, T = p.y.shape
    pred = {m: np.full((n, T, horizon), np.nan) for m in models}
    targets = {}
    for h in range(1, horizon + 1):
        tgt = np.full((n, T), np.nan)
        tgt[:, :-h] = (p.y[:, h:] - p.x[:, :-h]) / p.scale[:, :-h]
        tgt[p.count < MIN_HISTORY] = np.nan
        targets[h] = np.clip(tgt, -CLIP, CLIP)
    rows = np.arange(n)
    done = 0
    for t in origins:
        last = p.x[:, t]
        ses = p.levels[p.best_alpha[:, t], rows, t]
        for h in range(1, horizon + 1):
            if "naive" in pred:
                pred["naive"][:, t, h - 1] = last
            if "mean" in pred:
                pred["mean"][:, t, h - 1] = p.mean[:, t]
            if "ses" in pred:
                pred["ses"][:, t, h - 1] = ses
            if "snaive" in pred:
                back = t + h - 12 * math.ceil(h / 12)
                season = p.y[:, back] if back >= 0 else np.full(n, np.nan)
                pred["snaive"][:, t, h - 1] = np.where(np.isnan(season), last, season)
            if "global" in pred:
                train = targets[h][:, : max(0, t - h + 1)]
                ok = ~np.isnan(train)
                if ok.sum() >= MIN_TRAIN_ROWS:
                    beta = _fit_lad(p.features[:, : t - h + 1][ok], train[ok])
                    z = np.hstack([p.features[:, t], np.ones((n, 1))])
                    pred["global"][:, t, h - 1] = last + p.scale[:, t] * (z @ beta)
        done += 1
        if progress:
            progress(done, len(origins))
    return pred


def _statsmodels_forecast(model: str, history: np.ndarray, horizon: int) -> np.ndarray | None:
    """(horizon x 5): mean, lo80, hi80, lo95, hi95 from statsmodels, or None when the fit fails."""
    y = _ffill(history[None])[0]
    y = y[~np.isnan(y)]  # missing months carry the last value; months before the first are dropped
    if len(y) < MIN_POINTS:
        return None
    out = np.full((horizon, 5), np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if model == "arima":
                from statsmodels.tsa.arima.model import ARIMA

                fit = ARIMA(y, order=(1, 1, 1)).fit()
                fc = fit.get_forecast(horizon)
                out[:, 0] = fc.predicted_mean
                out[:, 1:3] = fc.conf_int(alpha=0.2)
                out[:, 3:5] = fc.conf_int(alpha=0.05)
            elif model == "ets":
                import pandas as pd
                from statsmodels.tsa.exponential_smoothing.ets import ETSModel

                # a pandas series: statsmodels' ETS prediction needs an index to label its rows
                fit = ETSModel(pd.Series(y), error="add", trend=None).fit(disp=False)
                fc = fit.get_prediction(start=len(y), end=len(y) + horizon - 1)
                out[:, 0] = fc.predicted_mean
                out[:, 1:3] = np.asarray(fc.pred_int(alpha=0.2))
                out[:, 3:5] = np.asarray(fc.pred_int(alpha=0.05))
            else:
                from statsmodels.tsa.forecasting.theta import ThetaModel

                fit = ThetaModel(y, period=12, deseasonalize=False).fit()
                out[:, 0] = np.asarray(fit.forecast(horizon))
                out[:, 1:3] = np.asarray(fit.prediction_intervals(horizon, alpha=0.2))
                out[:, 3:5] = np.asarray(fit.prediction_intervals(horizon, alpha=0.05))
        except (ValueError, np.linalg.LinAlgError, IndexError, AttributeError):
            return None
    return out if np.isfinite(out[:, 0]).all() else None


# ------------------------------------------------------------------------------------------ the engine


def _errors(pred: np.ndarray, p: _Panel) -> np.ndarray:
    """Scaled errors ``(actual - forecast) / scale at the origin``, aligned with ``pred``."""
    n, T, horizon = pred.shape
    err = np.full(pred.shape, np.nan)
    for h in range(1, min(horizon, T - 1) + 1):  # a series shorter than the horizon has no error that far
        err[:, : T - h, h - 1] = (p.y[:, h:] - pred[:, : T - h, h - 1]) / p.scale[:, : T - h]
    return err


def _past(err: np.ndarray, t: int, h: int) -> np.ndarray:
    """The scaled errors of forecasts whose month (origin + h) is at or before ``t``, last WINDOW origins."""
    hi = t - h + 1
    if hi <= 0:
        return np.empty(0)
    block = err[:, max(0, hi - WINDOW) : hi, h - 1]
    return block[~np.isnan(block)]


_Z = {0.025: -1.959964, 0.1: -1.281552, 0.9: 1.281552, 0.975: 1.959964}


def _quantiles(past: np.ndarray, h: int) -> np.ndarray:
    if len(past) >= MIN_CALIBRATION:
        return np.quantile(past, QUANTILES)
    # no track record yet: a random walk's band, its step sd taken from the mean absolute change
    sd = 1.2533 * math.sqrt(h)
    return np.array([_Z[q] * sd for q in QUANTILES])


def run(
    series: Sequence[Series],
    horizon: int = 3,
    model: str = DEFAULT_MODEL,
    backtest_from: str | None = None,
    bounds: tuple[float | None, float | None] = (None, None),
    progress: Progress | None = None,
    baselines: bool = False,
    compare: Sequence[str] = (),
    statsmodels_every: int = 1,
) -> Forecasts:
    """Forecast every series ``horizon`` months past its last month, or backtest from ``backtest_from``.

    Rows: ``{"dyad", "origin", "period", "horizon", "mean", "lo80", "hi80", "lo95", "hi95", "model",
    "fallback", "actual", "method"}``: ``method`` is the model asked for, ``model`` the one that made the row
    (``auto:global``...), ``fallback`` None or the reason a baseline replaced it. With ``baselines`` the rows
    of every baseline (and of auto) are added, their ``method`` naming them, for a summary beside the model;
    so are those of the ``compare`` models (e.g. the statsmodels ones), those of statsmodels at every
    ``statsmodels_every``-th origin only (one fit per series and origin is slow; the summary compares each
    model with naive on the same months).
    """
    for name in (model, *compare):
        if name not in MODELS:
            raise ValueError(f"unknown model {name!r}: use {', '.join(MODELS)}")
    if horizon < 1 or horizon > 24:
        raise ValueError(f"horizon must be 1..24 months, got {horizon}")
    usable = [s for s in series if len(s.periods)]
    if not usable:
        return Forecasts([], [], np.empty((0, 0)))
    first = min(month_index(s.periods[0]) for s in usable)
    last = max(month_index(s.periods[-1]) for s in usable)
    T = last - first + 1
    y = np.full((len(usable), T), np.nan)
    ends = []
    for i, s in enumerate(usable):
        start = month_index(s.periods[0]) - first
        y[i, start : start + len(s.values)] = s.values
        ends.append(start + len(s.values) - 1)
    months = [month_name(first + t) for t in range(T)]
    out = Forecasts(months, [s.name for s in usable], y, wanted=[s.forecast for s in usable])
    p = _panel(y)

    if backtest_from is not None:
        begin = month_index(backtest_from) - first - 1  # the first origin: the month before
        scored = list(range(max(0, begin), T - 1))
    else:
        scored = sorted({e for e, s in zip(ends, usable, strict=True) if s.forecast})
    if not scored:
        return out
    wanted = [model]
    if baselines:
        wanted += [b for b in ("auto", *BASELINES) if b not in wanted]
    wanted += [m for m in compare if m not in wanted]
    point_models = sorted(
        {m for w in wanted for m in (("global", "ses") if w == "auto" else (w,)) if m not in STATSMODELS} | {"naive"}
    )
    # calibration and the auto choice need the same models' errors at up to WINDOW + horizon earlier origins
    calib_from = max(0, scored[0] - WINDOW - horizon)
    origins = list(range(calib_from, scored[-1] + 1))
    shown = set(scored)
    done = [0]

    def tick(_done: int, _total: int) -> None:
        if progress and origins[_done - 1] in shown:
            done[0] += 1
            progress(done[0], len(scored))

    pred = _point_forecasts(p, origins, horizon, point_models, tick)
    if "global" in pred and "ses" in pred:
        pred["global+ses"] = (pred["global"] + pred["ses"]) / 2
        pred["global3+ses"] = 0.75 * pred["global"] + 0.25 * pred["ses"]
        pred["global+ses3"] = 0.25 * pred["global"] + 0.75 * pred["ses"]
    errs = {m: _errors(v, p) for m, v in pred.items()}

    counts_ok = p.count >= MIN_POINTS
    for name in [m for m in wanted if m not in STATSMODELS]:
        for t in scored:
            for h in range(1, horizon + 1):
                _emit(out, name, t, h, p, pred, errs, counts_ok, ends, bounds, backtest_from is not None, first)
    for name in [m for m in wanted if m in STATSMODELS]:
        _emit_statsmodels(
            out, name, scored[:: max(1, statsmodels_every)], horizon, p, ends, bounds, backtest_from is not None, first
        )
    return out


def _choose(t: int, h: int, errs: dict[str, np.ndarray]) -> str:
    """The auto model at origin t for horizon h: the lowest mean over series of (its MAE / naive's MAE) over
    the past window -- the score the backtest summary gives, measured on months already observed."""
    hi = t - h + 1
    naive = np.abs(errs["naive"][:, max(0, hi - WINDOW) : max(0, hi), h - 1])
    best, best_score = "global", math.inf
    for name in AUTO_CANDIDATES:
        mine = np.abs(errs[name][:, max(0, hi - WINDOW) : max(0, hi), h - 1])
        both = ~np.isnan(mine) & ~np.isnan(naive)
        if both.sum() < MIN_CALIBRATION:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            base = np.nansum(np.where(both, naive, np.nan), axis=1)
            ratio = np.nansum(np.where(both, mine, np.nan), axis=1) / base
        score = float(np.nanmean(ratio[base > 0])) if (base > 0).any() else math.inf
        if score < best_score:
            best, best_score = name, score
    return best


def _clip(value: float, bounds: tuple[float | None, float | None]) -> float:
    lo, hi = bounds
    if lo is not None:
        value = max(lo, value)
    if hi is not None:
        value = min(hi, value)
    return value


def _row(
    out: Forecasts,
    i: int,
    t: int,
    h: int,
    first: int,
    values: Sequence[float | None],
    model: str,
    fallback: str | None,
    bounds: tuple[float | None, float | None],
) -> dict[str, Any]:
    actual = out.values[i, t + h] if t + h < out.values.shape[1] else np.nan
    mean, lo80, hi80, lo95, hi95 = (
        None if v is None or not np.isfinite(v) else round(_clip(float(v), bounds), 6) for v in values
    )
    return {
        "dyad": out.names[i],
        "origin": month_name(first + t),
        "period": month_name(first + t + h),
        "horizon": h,
        "mean": mean,
        "lo80": lo80,
        "hi80": hi80,
        "lo95": lo95,
        "hi95": hi95,
        "model": model,
        "fallback": fallback,
        "actual": None if not np.isfinite(actual) else float(actual),
    }


def _emit(
    out: Forecasts,
    name: str,
    t: int,
    h: int,
    p: _Panel,
    pred: dict[str, np.ndarray],
    errs: dict[str, np.ndarray],
    counts_ok: np.ndarray,
    ends: list[int],
    bounds: tuple[float | None, float | None],
    backtest: bool,
    first: int,
) -> None:
    chosen = _choose(t, h, errs) if name == "auto" else name
    label = f"auto:{chosen}" if name == "auto" else name
    quant = {}
    for i in range(len(out.names)):
        if not out.wanted[i] or np.isnan(p.x[i, t]) or (t != ends[i] if not backtest else t + h > ends[i]):
            continue  # forecasts start from a series' last month; backtest months lie within the series
        use, fallback = chosen, None
        if name not in BASELINES and not counts_ok[i, t]:
            use = "naive"
            fallback = f"naive: only {int(p.count[i, t])} observed months, {name} needs {MIN_POINTS}"
        elif np.isnan(pred[use][i, t, h - 1]):  # the global model had too few rows to be fitted here
            use = "ses" if "ses" in pred and not np.isnan(pred["ses"][i, t, h - 1]) else "naive"
            fallback = f"{use}: too little data for the {chosen} model at origin {month_name(first + t)}"
        if use not in quant:
            quant[use] = _quantiles(_past(errs[use], t, h), h)
        q = quant[use] * p.scale[i, t]
        mean = pred[use][i, t, h - 1]
        row = _row(
            out,
            i,
            t,
            h,
            first,
            (mean, mean + q[1], mean + q[2], mean + q[0], mean + q[3]),
            label if fallback is None else use,
            fallback,
            bounds,
        )
        row["method"] = name
        out.rows.append(row)


def _emit_statsmodels(
    out: Forecasts,
    name: str,
    scored: list[int],
    horizon: int,
    p: _Panel,
    ends: list[int],
    bounds: tuple[float | None, float | None],
    backtest: bool,
    first: int,
) -> None:
    for i in range(len(out.names)):
        for t in scored:
            if not out.wanted[i] or np.isnan(p.x[i, t]) or (t != ends[i] if not backtest else t + 1 > ends[i]):
                continue
            fc = _statsmodels_forecast(name, p.y[i, : t + 1], horizon)
            for h in range(1, horizon + 1):
                if backtest and t + h > ends[i]:
                    break
                if fc is None:
                    last = p.x[i, t]
                    row = _row(
                        out,
                        i,
                        t,
                        h,
                        first,
                        (last, None, None, None, None),
                        "naive",
                        f"naive: statsmodels {name} could not be fitted",
                        bounds,
                    )
                else:
                    row = _row(out, i, t, h, first, tuple(fc[h - 1]), name, None, bounds)
                row["method"] = name
                out.rows.append(row)


# ------------------------------------------------------------------------------------------ scoring


def diebold_mariano(loss_model: np.ndarray, loss_base: np.ndarray, horizon: int) -> float | None:
    """Two-sided p-value of the Diebold-Mariano test (Harvey-Leybourne-Newbold correction) that two loss
    series, aligned in time, have the same mean; None when it cannot be computed."""
    from scipy import stats

    d = np.asarray(loss_model, dtype=float) - np.asarray(loss_base, dtype=float)
    d = d[np.isfinite(d)]
    n = len(d)
    if n < 3:
        return None
    mean = d.mean()
    centred = d - mean
    var = centred @ centred / n
    for lag in range(1, min(horizon, n)):
        var += 2 * (1 - lag / horizon) * (centred[lag:] @ centred[:-lag]) / n
    if var <= 0:
        return None if mean == 0 else 0.0
    stat = mean / math.sqrt(var / n)
    stat *= math.sqrt((n + 1 - 2 * horizon + horizon * (horizon - 1) / n) / n)
    return float(2 * stats.t.sf(abs(stat), df=n - 1))


def summarize(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per model and horizon, over backtest rows with an actual: ``mae``, ``mase`` (mean over series of the
    model's MAE divided by naive's MAE on the same months), ``coverage80``/``coverage95``, the Diebold-Mariano
    p-value against naive (on the per-origin mean of absolute errors, each scaled by naive's MAE of its
    series), and ``n``."""
    by: dict[tuple[str, int], dict[tuple[str, str], dict[str, Any]]] = {}
    for r in rows:
        if r.get("actual") is None or r.get("mean") is None:
            continue
        by.setdefault((r.get("method") or r["model"], r["horizon"]), {})[(r["dyad"], r["origin"])] = r
    naive_key = "naive"
    out = []
    models = sorted({m for m, _ in by}, key=lambda m: (m not in ("auto", "global"), m in BASELINES, m))
    for model in models:
        for h in sorted({hh for m, hh in by if m == model}):
            cells = by[(model, h)]
            base = by.get((naive_key, h), {})
            common = [k for k in cells if k in base]
            if not cells:
                continue
            err = np.array([abs(cells[k]["actual"] - cells[k]["mean"]) for k in cells])
            cov80 = [
                cells[k]["lo80"] <= cells[k]["actual"] <= cells[k]["hi80"]
                for k in cells
                if cells[k]["lo80"] is not None
            ]
            cov95 = [
                cells[k]["lo95"] <= cells[k]["actual"] <= cells[k]["hi95"]
                for k in cells
                if cells[k]["lo95"] is not None
            ]
            row: dict[str, Any] = {
                "model": model,
                "horizon": h,
                "n": len(cells),
                "mae": float(err.mean()),
                "mase": None,
                "coverage80": float(np.mean(cov80)) if cov80 else None,
                "coverage95": float(np.mean(cov95)) if cov95 else None,
                "dm_p": None,
            }
            if common:
                ratios: list[float] = []
                per_origin_m: dict[str, list[float]] = {}
                per_origin_b: dict[str, list[float]] = {}
                for dyad in sorted({d for d, _ in common}):
                    keys = [k for k in common if k[0] == dyad]
                    em = np.array([abs(cells[k]["actual"] - cells[k]["mean"]) for k in keys])
                    eb = np.array([abs(base[k]["actual"] - base[k]["mean"]) for k in keys])
                    if eb.mean() > 0:
                        ratios.append(em.mean() / eb.mean())
                        for k, a, b in zip(keys, em, eb, strict=True):
                            per_origin_m.setdefault(k[1], []).append(a / eb.mean())
                            per_origin_b.setdefault(k[1], []).append(b / eb.mean())
                row["mase"] = float(np.mean(ratios)) if ratios else None
                if model != naive_key and per_origin_m:
                    origins = sorted(per_origin_m)
                    row["dm_p"] = diebold_mariano(
                        np.array([np.mean(per_origin_m[o]) for o in origins]),
                        np.array([np.mean(per_origin_b[o]) for o in origins]),
                        h,
                    )
            out.append(row)
    return out
