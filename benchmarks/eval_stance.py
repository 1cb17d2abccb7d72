"""Agreement of detente's document stance with the hand-coded seed stance (../shared/gold/docs.jsonl).

    .venv/bin/python benchmarks/eval_stance.py [--band B] [--db PATH] [--json]

Builds a fresh store from ../shared/corpus/seeds (ingest + the full pipeline), computes
``detente.analysis.stance`` per document for RUS and USA, and compares with ``stance_toward_RUS`` /
``stance_toward_USA`` (-2..+2): Spearman rank correlation and exact-sign accuracy, where a score inside
(-band, +band) counts as 0
(default: the lexicon's ``neutral_band``, the band ``stance`` labels with; at that band the sign is the label
``stance`` gives, drawn from the unrounded score). Also reports the
framing/quality signals found per document next to the gold ``loaded_terms`` and ``signals``
(as recall of the gold loaded terms).

Only five documents: the numbers are indicative; nothing is tuned to them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from detente.analysis.framing_profile import framing_profile  # noqa: E402
from detente.analysis.stance import load_lexicon, stance  # noqa: E402
from detente.api.ingest import analyze_stored, ingest  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402
from detente.store.db import connect  # noqa: E402


def sign(x: float, band: float) -> int:
    return 0 if abs(x) < band else (1 if x > 0 else -1)


# the sign of the label ``stance`` gives: it is drawn from the unrounded score, so a score shown as 0.150 may be
# labelled neutral; at the lexicon's own band the label, not the rounded score, is what a user reads
LABEL_SIGN = {"negative": -1, "neutral": 0, "positive": 1}


def norm(text: str) -> str:
    """Lower case, single spaces, straight apostrophes: how phrases are compared with the gold terms."""
    return " ".join(text.replace("’", "'").split()).lower()


def evaluate(db: Path, band: float) -> dict[str, Any]:
    gold = [json.loads(line) for line in (SHARED / "gold" / "docs.jsonl").read_text().splitlines() if line]
    t0 = time.time()
    con = connect(db)
    ingest([SHARED / "corpus" / "seeds"], db=con)
    analyze_stored(con, nlp=build_pipeline())
    built = time.time() - t0
    t0 = time.time()
    rows = {(r["doc_id"], r["actor"]): r for r in stance(con, actors=["RUS", "USA"])}
    took = time.time() - t0
    lexicon_band = float(load_lexicon().get("neutral_band", 0.15))
    report: dict[str, Any] = {
        "documents": [],
        "band": band,
        "store_seconds": round(built, 1),
        "stance_seconds": round(took, 2),
    }
    for actor in ("RUS", "USA"):
        g, p, signs = [], [], []
        for item in gold:
            row = rows.get((item["id"], actor), {})
            score = row.get("score", 0.0)
            g.append(item[f"stance_toward_{actor}"])
            p.append(score)
            signs.append(LABEL_SIGN[row["label"]] if row and band == lexicon_band else sign(score, band))
        rho = spearmanr(g, p).statistic if len(set(g)) > 1 and len(set(p)) > 1 else float("nan")
        acc = sum(x == (0 if y == 0 else (1 if y > 0 else -1)) for x, y in zip(signs, g, strict=True))
        report[actor] = {
            "spearman": round(float(rho), 3),
            "sign_accuracy": f"{acc}/{len(g)}",
            "gold": g,
            "predicted": [round(x, 3) for x in p],
        }
    for item in gold:
        prof = framing_profile(con, doc_id=item["id"])
        found = {norm(p["phrase"]) for n in prof["narratives"].values() for p in n["phrases"]}
        terms = item.get("loaded_terms", [])
        hit = [t for t in terms if any(f in norm(t) or norm(t) in f for f in found)]
        quality = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT signal FROM quality_signals WHERE doc_id = ? ORDER BY 1", [item["id"]]
            ).fetchall()
        ]
        report["documents"].append(
            {
                "id": item["id"],
                "dominant_narrative": prof["dominant_narrative"],
                "loaded_terms_recall": f"{len(hit)}/{len(terms)}",
                "quality_signals": quality,
                "RUS": rows.get((item["id"], "RUS"), {}).get("score"),
                "USA": rows.get((item["id"], "USA"), {}).get("score"),
            }
        )
    con.close()
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--band",
        type=float,
        default=float(load_lexicon().get("neutral_band", 0.15)),
        help="|score| below this counts as neutral (0); default: stance.yml neutral_band",
    )
    ap.add_argument("--db", type=Path, default=None, help="store to build (default: a temporary file)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (SHARED / "gold" / "docs.jsonl").exists():
        sys.exit(f"{SHARED}/gold/docs.jsonl not found")
    with tempfile.TemporaryDirectory() as tmp:
        report = evaluate(args.db or Path(tmp) / "seeds.duckdb", args.band)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for actor in ("RUS", "USA"):
        r = report[actor]
        print(
            f"{actor}: Spearman {r['spearman']}  sign accuracy {r['sign_accuracy']}  "
            f"gold {r['gold']}  predicted {r['predicted']}"
        )
    print("| doc | RUS | USA | dominant narrative | loaded terms found | quality signals |")
    print("|---|---|---|---|---|---|")
    for d in report["documents"]:
        print(
            f"| {d['id'][:3]} | {d['RUS']} | {d['USA']} | {d['dominant_narrative']} | "
            f"{d['loaded_terms_recall']} | {', '.join(d['quality_signals'])} |"
        )
    print(f"(store built in {report['store_seconds']} s; stance in {report['stance_seconds']} s)")


if __name__ == "__main__":
    main()
