"""Build the event layer's training files from public labelled sets, leak-checked against our eval texts.

Usage:
    .venv/bin/python benchmarks/build_event_data.py [--mirrors /work/.mirror] [--out build/events/data]

Reads the git snapshots of eventdata/ConfliBERT, openeventdata/PLOVER and andybega/icews (``git --git-dir
MIRROR/owner+name/repo show HEAD:path``), writes one JSONL file per source under ``--out``, runs
``../shared/eval/leakcheck.py FILE --drop CLEAN`` on each and keeps only CLEAN (``*.clean.jsonl``).
``leak_counts.json`` records how many lines each file lost. Nothing here is shipped: the texts stay in
the ignored build folder (ConfliBERT is GPL-3.0 news text); only weights derived from them are shipped.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LEAKCHECK = ROOT.parent / "shared" / "eval" / "leakcheck.py"


def git_show(mirrors: Path, repo: str, path: str, encoding: str = "utf-8") -> str:
    raw = subprocess.run(
        ["git", "--git-dir", str(mirrors / repo / "repo"), "show", f"HEAD:{path}"],
        capture_output=True,
        check=True,
    ).stdout
    return raw.decode(encoding, errors="replace")


def conflibert_class(text: str) -> list[dict[str, Any]]:
    rows = []
    for line in text.splitlines():
        if "\t" not in line:
            continue
        sentence, label = line.rsplit("\t", 1)
        rows.append({"text": sentence.strip(), "quad5": int(label)})
    return rows


def conflibert_ner(text: str) -> list[dict[str, Any]]:
    """BIO-tagged sentences -> text (tokens joined by spaces) and S/T/R character spans in that text."""
    rows, toks, tags = [], [], []
    for line in text.splitlines() + [""]:
        if not line.strip():
            if toks:
                offs, pos = [], 0
                for tok in toks:
                    offs.append((pos, pos + len(tok)))
                    pos += len(tok) + 1
                spans: list[list[Any]] = []
                for i, tag in enumerate(tags):
                    if tag.startswith("B-") or (
                        tag.startswith("I-") and (not spans or spans[-1][3] != i - 1 or spans[-1][0] != tag[2:])
                    ):
                        spans.append([tag[2:], offs[i][0], offs[i][1], i])
                    elif tag.startswith("I-"):
                        spans[-1][2], spans[-1][3] = offs[i][1], i
                rows.append({"text": " ".join(toks), "spans": [s[:3] for s in spans]})
            toks, tags = [], []
            continue
        parts = line.split()
        toks.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    return rows


# The icews CSV holds UTF-8 text that was once read as Mac Roman and saved as cp1252: a right quote (UTF-8
# E2 80 99) arrives as the three characters "‚Äô". Each such run of non-ASCII characters is turned back
# into Mac Roman bytes and read as the UTF-8 it was; a run that is not valid UTF-8 that way is left as it is.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def repair_mojibake(text: str) -> str:
    def repair(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            return run.encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run

    return _NON_ASCII_RUN.sub(repair, text)


def cameo_examples(text: str) -> list[dict[str, Any]]:
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        example = repair_mojibake((rec.get("example") or "").strip())
        if example and example != "NA":
            rows.append({"text": example, "cameo": rec["code"], "root": rec["root_code"]})
    return rows


def _actors(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value] if value else []
    return [a if isinstance(a, dict) else {"code": str(a), "actorText": ""} for a in items]


def plover_gsr(text: str) -> list[dict[str, Any]]:
    rows = []
    for rec in json.loads(text):
        if "text" not in rec or rec.get("event") == "DOCUMENT":
            continue
        rows.append(
            {
                "id": rec["id"],
                "text": rec["text"],
                "plover": rec.get("event"),
                "source": [a.get("code") for a in _actors(rec.get("source"))],
                "target": [a.get("code") for a in _actors(rec.get("target"))],
                "source_text": [a.get("actorText") for a in _actors(rec.get("source"))],
                "target_text": [a.get("actorText") for a in _actors(rec.get("target"))],
            }
        )
    return rows


SOURCES = [
    ("conflibert_class_train", "eventdata+ConfliBERT", "data/cameo_class/train.tsv", "utf-8", conflibert_class),
    ("conflibert_class_test", "eventdata+ConfliBERT", "data/cameo_class/test.tsv", "utf-8", conflibert_class),
    ("conflibert_ner_train", "eventdata+ConfliBERT", "data/cameo_ner/train.txt", "utf-8", conflibert_ner),
    ("conflibert_ner_test", "eventdata+ConfliBERT", "data/cameo_ner/test.txt", "utf-8", conflibert_ner),
    ("cameo_examples", "andybega+icews", "data-raw/cameo-codes.csv", "cp1252", cameo_examples),
    ("plover_gsr", "openeventdata+PLOVER", "gold_standard_records/PLOVER_GSR_CAMEO.txt", "utf-8", plover_gsr),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "events" / "data")
    args = parser.parse_args(argv)
    if not LEAKCHECK.exists():
        print(f"{LEAKCHECK} not found: the leak check is required before training", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, dict[str, int]] = {}
    for name, repo, path, encoding, parse in SOURCES:
        try:
            rows = parse(git_show(args.mirrors, repo, path, encoding))
        except subprocess.CalledProcessError as exc:
            print(f"{repo}:{path}: cannot read ({exc.stderr.decode().strip()}); skipped", file=sys.stderr)
            continue
        raw = args.out / f"{name}.jsonl"
        clean = args.out / f"{name}.clean.jsonl"
        with raw.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        subprocess.run([sys.executable, str(LEAKCHECK), str(raw), "--drop", str(clean)], capture_output=True, text=True)
        kept = sum(1 for line in clean.open(encoding="utf-8") if line.strip())
        counts[name] = {"lines": len(rows), "kept": kept, "dropped": len(rows) - kept}
        print(f"{name}: {len(rows)} lines, {len(rows) - kept} dropped by the leak check, {kept} kept")
    (args.out / "leak_counts.json").write_text(json.dumps(counts, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
