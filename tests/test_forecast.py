"""Forecasts and backtests of monthly series: the engine on real ICEWS dyad-month slices, ``detente forecast`` as a
subprocess (series files good and bad, a store built from ICEWS counts), and ``/api/forecast`` over real HTTP."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from detente.analysis import forecast as fc

from .browser import running_server
from .conftest import need_shared
from .test_cli import detente

ROW_KEYS = {
    "dyad",
    "origin",
    "period",
    "horizon",
    "mean",
    "lo80",
    "hi80",
    "lo95",
    "hi95",
    "model",
    "fallback",
    "actual",
}
# one CAMEO code per quad class, with its Goldstein value, to turn the file's counts back into events
QUAD_CODES = {1: ("036", 4.0), 2: ("061", 6.4), 3: ("112", -2.0), 4: ("173", -5.0)}
COUNTRY = {"CHN": "China", "JPN": "Japan", "KOR": "South Korea", "USA": "United States"}


def icews_rows() -> list[dict[str, str]]:
    with need_shared("eval", "icews", "dyad-month.csv").open(newline="") as f:
        return list(csv.DictReader(f))


def write_series(path: Path, dyads: int = 10, months: int = 72, first: int = 0) -> dict[str, list[float]]:
    """The first ``dyads`` dyads' net cooperation counts (quad1+quad2-quad3-quad4) over ``months`` months."""
    by: dict[str, list[tuple[str, float]]] = {}
    for r in icews_rows():
        value = int(r["quad1"]) + int(r["quad2"]) - int(r["quad3"]) - int(r["quad4"])
        by.setdefault(f"{r['source']}-{r['target']}", []).append((r["period"], value))
    chosen = sorted(by)[:dyads]
    with path.open("w", encoding="utf-8") as f:
        f.write("dyad,period,value\n")
        for d in chosen:
            for period, value in by[d][first : first + months]:
                f.write(f"{d},{period},{value}\n")
    return {d: [v for _, v in by[d][first : first + months]] for d in chosen}


def as_json(*args: str) -> tuple[object, str]:
    run = detente(*args, "--format", "json", *(["-q"] if args[0] == "forecast" else []))
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout), run.stderr


# ------------------------------------------------------------------------------------------ the engine


def _panel(tmp_path: Path, dyads: int = 12, months: int = 73) -> list[fc.Series]:
    from detente.api.forecast import read_series

    path = tmp_path / "s.csv"
    write_series(path, dyads, months, first=30)
    return read_series(path)


def test_backtest_beats_naive_with_calibrated_intervals(tmp_path: Path) -> None:
    series = _panel(tmp_path)
    origin_month = series[0].periods[36]
    out = fc.run(series, horizon=1, backtest_from=origin_month, baselines=True)
    summary = {r["model"]: r for r in fc.summarize(out.rows)}
    assert set(summary) >= {"auto", "naive", "snaive", "ses", "mean"}
    assert summary["naive"]["mase"] == pytest.approx(1.0)
    assert summary["auto"]["n"] == summary["naive"]["n"] == 12 * 37
    assert summary["auto"]["mase"] < 0.95  # these series are noisy around a level: naive is easy to beat
    assert summary["auto"]["dm_p"] is not None and summary["auto"]["dm_p"] < 0.05
    assert 0.6 < summary["auto"]["coverage80"] < 0.95 and summary["auto"]["coverage95"] > summary["auto"]["coverage80"]
    for r in out.rows:
        assert r["lo95"] <= r["lo80"] <= r["mean"] <= r["hi80"] <= r["hi95"] or r["method"] == "snaive"


def test_a_backtest_forecast_uses_only_data_up_to_its_origin(tmp_path: Path) -> None:
    series = _panel(tmp_path, dyads=8, months=60)
    origin = 40
    at = series[0].periods[origin + 1]
    before = fc.run(series, horizon=2, backtest_from=at)
    changed = [
        fc.Series(s.name, s.periods, np.concatenate([s.values[: origin + 1], s.values[origin + 1 :] * -3 + 7]))
        for s in series
    ]
    after = fc.run(changed, horizon=2, backtest_from=at)
    origin_month = series[0].periods[origin]

    def made_at(rows: list[dict]) -> list[tuple]:
        return [(r["dyad"], r["period"], r["mean"], r["lo80"], r["model"]) for r in rows if r["origin"] == origin_month]

    first, again = made_at(before.rows), made_at(after.rows)
    assert first and first == again  # the future was changed, the forecast made at the origin was not
    later = [r["mean"] for r in before.rows if r["origin"] == series[0].periods[origin + 5]]
    later_changed = [r["mean"] for r in after.rows if r["origin"] == series[0].periods[origin + 5]]
    assert later != later_changed  # ...while origins after the change see it


def test_every_model_forecasts_the_horizon(tmp_path: Path) -> None:
    series = _panel(tmp_path, dyads=3, months=48)
    for model in fc.MODELS:
        out = fc.run(series, horizon=3, model=model)
        assert len(out.rows) == 9, model
        assert {r["period"] for r in out.rows} == {"2011-07", "2011-08", "2011-09"}
        assert all(r["model"].startswith(model if model != "auto" else "auto:") for r in out.rows), model
        assert all(r["lo95"] < r["hi95"] for r in out.rows), model


def test_diebold_mariano_tells_a_real_difference_from_noise() -> None:
    rng = np.random.default_rng(7)
    base = np.abs(rng.normal(size=200))
    assert fc.diebold_mariano(base * 0.5, base, 1) < 1e-6
    assert fc.diebold_mariano(np.abs(rng.normal(size=200)), base, 1) > 0.01


# ------------------------------------------------------------------------------------------ the command


def test_cli_series_backtest_json_rows_and_summary(tmp_path: Path) -> None:
    path = tmp_path / "series.csv"
    values = write_series(path, dyads=6, months=60)
    rows, _ = as_json("forecast", "--series", str(path), "--horizon", "2", "--backtest-from", "2008-01")
    assert rows and all(set(r) == ROW_KEYS for r in rows)
    assert {r["dyad"] for r in rows} == set(values)
    assert {r["horizon"] for r in rows} == {1, 2}
    # origins from the month before 2008-01 to the last but one; periods only within the data
    assert min(r["period"] for r in rows) == "2008-01" and max(r["period"] for r in rows) == "2009-12"
    first = next(r for r in rows if r["dyad"] == sorted(values)[0] and r["period"] == "2008-01" and r["horizon"] == 1)
    assert first["origin"] == "2007-12" and first["actual"] == values[sorted(values)[0]][36]
    summary, _ = as_json(
        "forecast",
        "--series",
        str(path),
        "--horizon",
        "2",
        "--backtest-from",
        "2008-01",
        "--summary",
        "--compare",
        "ets",
    )
    models = {(r["model"], r["horizon"]) for r in summary}
    assert {("auto", 1), ("naive", 2), ("ses", 1), ("snaive", 1), ("mean", 2), ("ets", 1)} <= models
    assert all(set(r) == {"model", "horizon", "n", "mae", "mase", "coverage80", "coverage95", "dm_p"} for r in summary)
    table = detente("forecast", "--series", str(path), "--horizon", "1", "-q", "--format", "csv")
    lines = table.stdout.splitlines()
    assert lines[0].startswith("dyad,origin,period,horizon,mean") and len(lines) == 1 + 6


def test_cli_bad_series_file_reports_each_dyad_and_forecasts_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    values = write_series(good, dyads=3, months=40)
    bad = tmp_path / "bad.csv"
    text = good.read_text()
    text += "XXX-YYY,2006-01,1\nXXX-YYY,2006-01-15,2\n"  # not a month
    text += "DUP-DUP,2006-01,1\nDUP-DUP,2006-02,2\nDUP-DUP,2006-02,3\n"  # a month twice
    text += "NAN-NAN,2006-01,abc\n"  # not a number
    text += "NIL-NIL,2006-01,\nNIL-NIL,2006-02,\n"  # no value at all
    text += "FEW-FEW,2006-01,1\nFEW-FEW,2006-02,2\nFEW-FEW,2006-03,1\n"  # too few months for the model
    bad.write_text(text)
    run = detente("forecast", "--series", str(bad), "--horizon", "1", "--format", "json", "-q")
    assert run.returncode == 0
    errors = run.stderr.strip().splitlines()
    for dyad, why in (
        ("XXX-YYY", "not a month"),
        ("DUP-DUP", "given twice"),
        ("NAN-NAN", "not a number"),
        ("NIL-NIL", "no values"),
        ("FEW-FEW", "only 3 observed months"),
    ):
        lines = [e for e in errors if dyad in e]
        assert len(lines) == 1 and why in lines[0] and str(bad) in lines[0], (dyad, errors)
    rows = json.loads(run.stdout)
    assert {r["dyad"] for r in rows} == set(values) | {"FEW-FEW"}
    few = next(r for r in rows if r["dyad"] == "FEW-FEW")
    assert few["model"] == "naive" and "naive" in few["fallback"] and few["mean"] == 1.0
    assert all(r["fallback"] is None for r in rows if r["dyad"] != "FEW-FEW")
    nocols = tmp_path / "nocols.csv"
    nocols.write_text("dyad,month,value\nA-B,2020-01,1\n")
    run = detente("forecast", "--series", str(nocols))
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "nocols.csv" in run.stderr and "period" in run.stderr
    missing = detente("forecast", "--series", str(tmp_path / "none.csv"))
    assert missing.returncode == 2 and "none.csv" in missing.stderr
    usage = detente("forecast", "--series", str(good), "--summary")
    assert usage.returncode == 2 and "backtest" in usage.stderr


# ------------------------------------------------------------------------------------------ from a store


def write_icews_events(path: Path, pairs: list[tuple[str, str]], months: int = 60) -> None:
    """ICEWS event rows rebuilt from the dyad-month counts: one event per counted event of each quad class."""
    header = (
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
        "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
        "Province\tCountry\tLatitude\tLongitude\n"
    )
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        for r in icews_rows():
            if (r["source"], r["target"]) not in pairs or r["period"] >= f"{2005 + months // 12}-01":
                continue
            for q, (code, gold) in QUAD_CODES.items():
                for k in range(int(r[f"quad{q}"])):
                    n += 1
                    day = f"{r['period']}-{1 + k % 28:02d}"
                    src, tgt = COUNTRY[r["source"]], COUNTRY[r["target"]]
                    f.write(
                        f"{n}\t{day}\t{src}\tGovernment\t{src}\tEvent\t{code}\t{gold}\t{tgt}\tGovernment\t{tgt}\t"
                        f"{n}\t1\tWire\t\t\t\t{src}\t0\t0\n"
                    )


@pytest.fixture(scope="module")
def icews_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("icews")
    events = folder / "events.tsv"
    write_icews_events(events, [("CHN", "JPN"), ("USA", "KOR")], months=60)
    db = folder / "icews.duckdb"
    run = detente("import", "icews", str(events), "--db", str(db))
    assert run.returncode == 0, run.stderr
    return db


def test_store_forecast_equals_the_same_series_from_a_file(icews_store: Path, tmp_path: Path) -> None:
    rows, _ = as_json("forecast", "--db", str(icews_store), "--dyad", "CHN-JPN", "--directed", "--horizon", "3")
    assert [r["period"] for r in rows] == ["2010-01", "2010-02", "2010-03"]
    assert all(r["model"].startswith("auto:") and r["fallback"] is None for r in rows)
    assert all(-1 <= r["lo95"] <= r["mean"] <= r["hi95"] <= 1 for r in rows)  # net cooperation is a share
    index, _ = as_json("index", "--db", str(icews_store), "--dyad", "CHN-JPN", "--directed")
    series = tmp_path / "chn-jpn.csv"
    series.write_text(
        "dyad,period,value\n"
        + "".join(
            f"CHN-JPN,{r['period'][:7]},{'' if r['net_cooperation'] is None else r['net_cooperation']}\n" for r in index
        )
    )
    same, _ = as_json("forecast", "--series", str(series), "--horizon", "3")
    alone, _ = as_json(
        "forecast", "--db", str(icews_store), "--dyad", "CHN-JPN", "--directed", "--horizon", "3", "--pool", "0"
    )
    assert [r["mean"] for r in same] == pytest.approx([r["mean"] for r in alone])
    # pooled with the store's other dyads (here USA-KOR), the forecast learns from them and still covers CHN-JPN only
    pooled, _ = as_json("forecast", "--db", str(icews_store), "--dyad", "CHN-JPN", "--horizon", "3")
    assert {r["dyad"] for r in pooled} == {"CHN-JPN"} and len(pooled) == 3
    counts, _ = as_json(
        "forecast",
        "--db",
        str(icews_store),
        "--dyad",
        "USA-KOR",
        "--target",
        "events",
        "--backtest-from",
        "2009-01",
        "--horizon",
        "1",
    )
    assert len(counts) == 12 and all(r["actual"] is not None and r["lo95"] >= 0 for r in counts)
    nothing = detente("forecast", "--db", str(icews_store), "--dyad", "FRA-DEU")
    assert nothing.returncode == 1 and "FRA-DEU" in nothing.stderr
    bad = detente("forecast", "--db", str(icews_store), "--target", "mood")
    assert bad.returncode == 2 and "target" in bad.stderr


@pytest.fixture(scope="module")
def server(icews_store: Path) -> Iterator[str]:
    with running_server(icews_store) as base:
        yield base


def test_rest_forecast_is_the_api_forecast(server: str, icews_store: Path) -> None:
    from detente import api

    r = httpx.get(
        server + "/api/forecast", params={"dyad": "USA-KOR", "target": "goldstein_mean", "horizon": 2}, timeout=120
    )
    assert r.status_code == 200, r.text
    data = r.json()
    direct = api.forecast(icews_store, dyad="USA-KOR", target="goldstein_mean", horizon=2)
    assert data["rows"] == direct["rows"] and len(data["rows"]) == 2
    assert data["history"] and data["history"][-1]["period"] == "2009-12"
    summary = httpx.get(
        server + "/api/forecast",
        params={"dyad": "CHN-JPN", "horizon": 1, "backtest_from": "2009-01", "summary": True},
        timeout=120,
    )
    assert {s["model"] for s in summary.json()["summary"]} >= {"auto", "naive", "ses"}
    assert httpx.get(server + "/api/forecast", params={"target": "mood"}).status_code == 422
    assert httpx.get(server + "/api/forecast", params={"horizon": 99}).status_code == 422
    assert httpx.get(server + "/api/forecast", params={"summary": True}).status_code == 400
