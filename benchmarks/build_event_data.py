"""Build the event layer's training files from public labelled sets, leak-checked against our eval texts.

Usage:
    .venv/bin/python benchmarks/build_event_data.py [--mirrors /work/.mirror] [--out build/events/data] [--only NAMES]

Reads the git snapshots of eventdata/ConfliBERT, openeventdata/PLOVER, andybega/icews, ahalterman/NGEC,
emerging-welfare/case-2021-shared-task and javierosorio/CAMEO_ConfliBERT (``git --git-dir
MIRROR/owner+name/repo show HEAD:path``), writes one JSONL file per source under ``--out``, runs
``../shared/eval/leakcheck.py FILE --drop CLEAN`` on each and keeps only CLEAN (``*.clean.jsonl``).
``leak_counts.json`` records how many lines each file lost. Nothing here is shipped: the texts stay in
the ignored build folder (ConfliBERT is GPL-3.0 news text); only weights derived from them are shipped.

The three root-head sets added in session 7 carry labels of other schemes, mapped to CAMEO roots here:
NGEC's synthetic stories (PLOVER event + mode, weak labels) through ``../shared/data/cameo-to-plover.txt``
read backwards (``plover_root_table``); CASE 2021 task 2 snippets (ACLED sub-event types) through
``ACLED_ROOT``, a table written from the two codebooks (its comments give the CAMEO code each type is);
CAMEO_ConfliBERT's multi-annotator sentences by majority of the annotators' CAMEO roots, with the majority
annotators' first-action Source / Target spans (``eval_events.py --cameo-confli`` scores dyads on them).
``--only cameo_confli`` rebuilds one source and keeps the other sources' leak counts.
"""

from __future__ import annotations

import argparse
import ast
import csv
import functools
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LEAKCHECK = ROOT.parent / "shared" / "eval" / "leakcheck.py"
CAMEO_TO_PLOVER = ROOT.parent / "shared" / "data" / "cameo-to-plover.txt"


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


# -- session 7: root-head sets of other schemes ---------------------------------------------------------


def plover_root_table(text: str) -> dict[tuple[str, str], str]:
    """``cameo-to-plover.txt`` read backwards: (PLOVER event, mode) -> the CAMEO root most of the codes that
    map there fall under, and (event, "") -> the root most of the event's codes fall under. Lines look like
    ``0311: AGREE,  ,   economic # ...`` (code: event, mode, context); a tie goes to the root whose own
    two-digit line names the event, then to the lower root."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    root_line: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        match = re.match(r"^(\d{2,4})\s*:\s*(.*)$", body)
        if not match:
            continue
        code, rest = match.groups()
        parts = [p.strip() for p in rest.split(",")]
        event = parts[0].upper()
        if not event:
            continue
        mode = parts[1].lower() if len(parts) > 1 else ""
        root = code[:2]
        if len(code) == 2:
            root_line.setdefault(event, root)
        votes[(event, "")][root] += 1
        if mode:
            votes[(event, mode)][root] += 1
    table: dict[tuple[str, str], str] = {}
    for key, counter in votes.items():
        top = max(counter.values())
        tied = sorted(r for r, n in counter.items() if n == top)
        preferred = root_line.get(key[0])
        table[key] = preferred if preferred in tied else tied[0]
    return table


def plover_to_root(event: str, mode: str, table: dict[tuple[str, str], str]) -> str | None:
    """The CAMEO root of a PLOVER (event, mode) label, or None for an event the table does not know."""
    event, mode = event.strip().upper(), mode.strip().lower()
    return table.get((event, mode)) or table.get((event, ""))


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘(]?[A-Z])")
_ABBREV = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Gov|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No)\.$")


def lede(text: str, min_words: int = 6, max_words: int = 70) -> str | None:
    """The first sentence of a story's first paragraph (where a news story states its event), or None when
    it is shorter or longer than a news sentence. A full stop after an initial or a title does not end it."""
    para = next((p.strip() for p in text.strip().split("\n") if p.strip()), "")
    pieces = _SENTENCE_END.split(para)
    sentence = pieces[0] if pieces else ""
    for piece in pieces[1:]:
        if not _ABBREV.search(sentence):
            break
        sentence = f"{sentence} {piece}"
    sentence = sentence.strip()
    n = len(sentence.split())
    return sentence if min_words <= n <= max_words else None


def ngec_stories(text: str, table: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """NGEC's synthetic stories (CSV: text, prompt, label = PLOVER event, mode): each story's lede with the
    CAMEO root of its (event, mode) prompt label. The labels are weak: they name the event the story was
    prompted to report, not one a coder read in it."""
    csv.field_size_limit(1 << 26)
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        root = plover_to_root(rec.get("label") or "", rec.get("mode") or "", table)
        sentence = lede(rec.get("text") or "")
        if root and sentence:
            rows.append({"text": sentence, "plover": rec["label"], "mode": rec.get("mode") or "", "root": root})
    return rows


# ACLED sub-event types (CASE 2021 task 2 labels) -> the CAMEO root of the CAMEO code that describes the same
# action (CAMEO manual 1.1b3; ACLED codebook 2019). Types with no CAMEO action between two parties (a
# headquarters set up, a change of group activity, disrupted weapons use, disasters, organised crime, and the
# undescribed DIPLO / ATTRIB / OTHER) are left out.
ACLED_ROOT: dict[str, str] = {
    "ARMED_CLASH": "19",  # 190 use conventional military force
    "GOV_REGAINS_TERIT": "19",  # 192 occupy territory
    "NON_STATE_ACTOR_OVERTAKES_TER": "19",  # 192 occupy territory
    "AIR_STRIKE": "19",  # 195 employ aerial weapons
    "ART_MISS_ATTACK": "19",  # 194 fight with artillery and tanks
    "ATTACK": "18",  # 180 use unconventional violence (attack on civilians)
    "ABDUCT_DISSAP": "18",  # 181 abduct, hijack, or take hostage
    "SEX_VIOL": "18",  # 1821 sexually assault
    "SUIC_BOMB": "18",  # 1831 carry out suicide bombing
    "REM_EXPLOS": "18",  # 1833 carry out roadside bombing (remote explosive, landmine, IED)
    "GRENADE": "18",  # 183 conduct non-military bombing
    "CHEM_WEAP": "20",  # 204 use weapons of mass destruction (2041 chemical)
    "ARREST": "17",  # 173 arrest, detain, or charge with legal action
    "FORCE_AGAINST_PROTEST": "17",  # 175 use tactics of violent repression
    "PROPERTY_DISTRUCT": "17",  # 1712 destroy property
    "PEACE_PROTEST": "14",  # 141 demonstrate or rally
    "PROTEST_WITH_INTER": "14",  # 141 demonstrate (met by intervention)
    "VIOL_DEMONSTR": "14",  # 145 protest violently, riot
    "MOB_VIOL": "14",  # 145 protest violently, riot
    "AGREEMENT": "05",  # 057 sign formal agreement
    "NON_VIOL_TERRIT_TRANSFER": "08",  # 0874 retreat or surrender militarily
}


def case_task2(text: str) -> list[dict[str, Any]]:
    """CASE 2021 task 2 (TSV: id, EventSnippet, SubType): each snippet of a mapped ACLED type with its root."""
    rows = []
    for rec in csv.DictReader(io.StringIO(text), delimiter="\t"):
        acled = (rec.get("SubType") or "").strip()
        snippet = " ".join((rec.get("EventSnippet") or "").split())
        if acled in ACLED_ROOT and snippet:
            rows.append({"text": snippet, "acled": acled, "root": ACLED_ROOT[acled]})
    return rows


_ANNOTATED_ROOT = re.compile(r"^\s*\d-(\d{1,2})\b")
_ROLE_SPAN = {"Source-1": "S", "Target-1": "T"}  # the first action's source and target entities


def annotated_spans(sentence: str, entities: str) -> set[tuple[str, int, int]]:
    """One annotator's first-action Source and Target entities (``entities_<k>``, a Python list of
    ``(label, text, offset)``) as ``(S|T, start, end)`` in ``sentence``, found by their text (the offsets are
    in the cell before its whitespace was normalised); an entity whose text is not there is left out."""
    try:
        found = ast.literal_eval(entities or "[]")
    except (ValueError, SyntaxError):
        return set()
    spans = set()
    for entity in found:
        if len(entity) >= 2 and entity[0] in _ROLE_SPAN:
            text = " ".join(str(entity[1]).split())
            start = sentence.find(text) if text else -1
            if start >= 0:
                spans.add((_ROLE_SPAN[entity[0]], start, start + len(text)))
    return spans


def cameo_confli_votes(texts: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """CAMEO_ConfliBERT's annotation rounds (``(round, summary.csv text)``; a column
    ``Action1_CAMEO_<k>`` per annotator k, values like ``4-18 Assualt``): one vote per (round, annotator)
    for the first action's CAMEO root; a sentence is kept with the root a strict majority of at least two
    votes gave it. A round's later files (summary_v2) overwrite its earlier ones. ``spans``: the first
    action's Source / Target entities (``entities_<k>``) of the annotators who voted for that root, all of
    them, in the form of the ConfliBERT ``cameo_ner`` rows (``[S|T, start, end]``)."""
    votes: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
    entities: dict[str, dict[tuple[str, str], set[tuple[str, int, int]]]] = defaultdict(dict)
    for round_name, text in texts:
        for rec in csv.DictReader(io.StringIO(text)):
            sentence = " ".join((rec.get("sentences") or "").split())
            if not sentence:
                continue
            for col, value in rec.items():
                match = _ANNOTATED_ROOT.match(value or "") if col and col.startswith("Action1_CAMEO_") else None
                if match:
                    voter = (round_name, col)
                    votes[sentence][voter] = f"{int(match.group(1)):02d}"
                    annotator = col.removeprefix("Action1_CAMEO_")
                    entities[sentence][voter] = annotated_spans(sentence, rec.get(f"entities_{annotator}") or "")
    rows = []
    for sentence, cast in votes.items():
        counter = Counter(cast.values())
        root, n = counter.most_common(1)[0]
        if n >= 2 and n * 2 > len(cast):
            spans = sorted({s for voter, r in cast.items() if r == root for s in entities[sentence].get(voter, ())})
            rows.append(
                {"text": sentence, "root": root, "votes": n, "annotators": len(cast), "spans": [list(s) for s in spans]}
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


def read_one(
    mirrors: Path, repo: str, path: str, encoding: str, parse: Callable[[str], list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    return parse(git_show(mirrors, repo, path, encoding))


def git_ls(mirrors: Path, repo: str, under: str) -> list[str]:
    out = subprocess.run(
        ["git", "--git-dir", str(mirrors / repo / "repo"), "ls-tree", "-r", "--name-only", "HEAD", under],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [line for line in out.splitlines() if line]


def load_ngec(mirrors: Path) -> list[dict[str, Any]]:
    raw = subprocess.run(
        [
            "git",
            "--git-dir",
            str(mirrors / "ahalterman+NGEC" / "repo"),
            "show",
            "HEAD:setup/train_classifiers/gpt_synthetic_events_2023-10-19_19.csv.zip",
        ],
        capture_output=True,
        check=True,
    ).stdout
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv") and not n.startswith("__MACOSX"))
        text = archive.read(name).decode("utf-8", errors="replace")
    return ngec_stories(text, plover_root_table(CAMEO_TO_PLOVER.read_text(encoding="utf-8")))


def load_case(mirrors: Path) -> list[dict[str, Any]]:
    repo, path = "emerging-welfare+case-2021-shared-task", "task2/test_dataset/test_set_final_release_with_labels.tsv"
    return case_task2(git_show(mirrors, repo, path))


def load_cameo_confli(mirrors: Path) -> list[dict[str, Any]]:
    repo = "javierosorio+CAMEO_ConfliBERT"
    paths = sorted(p for p in git_ls(mirrors, repo, "annotations") if re.search(r"/summary(_v\d+)?\.csv$", p))
    return cameo_confli_votes([(p.split("/")[1], git_show(mirrors, repo, p)) for p in paths])


# sources that need more than one file read as text: (name, loader)
LOADED_SOURCES: list[tuple[str, Callable[[Path], list[dict[str, Any]]]]] = [
    ("ngec_synthetic", load_ngec),
    ("case2021_task2", load_case),
    ("cameo_confli", load_cameo_confli),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "events" / "data")
    parser.add_argument("--only", default=None, help="rebuild only these sources (comma-separated names)")
    args = parser.parse_args(argv)
    if not LEAKCHECK.exists():
        print(f"{LEAKCHECK} not found: the leak check is required before training", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, dict[str, int]] = {}
    jobs: list[tuple[str, Callable[[], list[dict[str, Any]]]]] = [
        (name, functools.partial(read_one, args.mirrors, repo, path, encoding, parse))
        for name, repo, path, encoding, parse in SOURCES
    ] + [(name, functools.partial(load, args.mirrors)) for name, load in LOADED_SOURCES]
    counts_path = args.out / "leak_counts.json"
    if args.only:
        wanted = set(args.only.split(","))
        jobs = [(name, job) for name, job in jobs if name in wanted]
        if counts_path.exists():  # the other sources' counts stay as they were built
            counts.update(json.loads(counts_path.read_text()))
    for name, job in jobs:
        try:
            rows = job()
        except subprocess.CalledProcessError as exc:
            print(f"{name}: cannot read ({exc.stderr.decode().strip()}); skipped", file=sys.stderr)
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
    counts_path.write_text(json.dumps(counts, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
