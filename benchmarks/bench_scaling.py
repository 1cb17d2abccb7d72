"""Analysis cost against one document's length: it must grow linearly.

One document of N sentences (the seed articles' sentences, cycled), analyzed alone with the full coder
(``code_documents``: clean, segment, every pipeline stage, rows with raw offsets), for N = 500, 1,000, 2,000
(the issue's probe: 1,000 and 2,000 within 2.3x and 4.6x of 500), then for documents from 1 KB to 1 MB
(words/s must stay flat; 1 MB is over spaCy's max_length, so it also exercises the sections). Each text is
written both as paragraphs (a sentence per line) and as one long line, where sentence splitting used to be
quadratic (the size series: one long line only). The pipeline is loaded once, before any timing ("minus start-up").

Usage:
    .venv/bin/python benchmarks/bench_scaling.py [--sizes-kb 1,10,100,1000] [--sentences 500,1000,2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import seed_texts, table, timer, write_section  # noqa: E402


def sentence_pool() -> list[str]:
    from detente.ingest.segment import split_sentences

    pool = []
    for _name, text in seed_texts():
        flat = " ".join(text.split())
        pool += [flat[s:e] for s, e in split_sentences(flat) if len(flat[s:e].split()) >= 5]
    return pool


def document(pool: list[str], sentences: int | None = None, chars: int | None = None, one_line: bool = False) -> str:
    out: list[str] = []
    size, k = 0, 0
    while (sentences is not None and k < sentences) or (chars is not None and size < chars):
        out.append(pool[k % len(pool)])
        size += len(out[-1]) + 1
        k += 1
    return (" " if one_line else "\n").join(out)


def analyze_once(nlp: object, text: str) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, events found). The ratios use CPU time: on a shared
    machine the wall clock also measures the other jobs."""
    from detente.api import code_documents

    cpu = time.process_time()
    with timer() as t:
        result = code_documents([{"id": "doc", "text": text}], nlp=nlp)  # type: ignore[arg-type]
    return t(), time.process_time() - cpu, len(result[0]["events"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes-kb", default="1,10,100,1000")
    ap.add_argument("--sentences", default="500,1000,2000")
    ap.add_argument("--no-write", action="store_true", help="print only, do not update BENCHMARKS.md")
    args = ap.parse_args(argv)
    from detente.api.ingest import get_pipeline

    nlp = get_pipeline()
    pool = sentence_pool()
    analyze_once(nlp, document(pool, sentences=50))  # warm-up: lazy loads are start-up, not analysis

    by_sentences: list[dict[str, object]] = []
    for layout in ("paragraphs", "one line"):
        base = 0.0
        for n in (int(x) for x in args.sentences.split(",")):
            text = document(pool, sentences=n, one_line=layout == "one line")
            seconds, cpu, events = analyze_once(nlp, text)
            base = base or cpu
            by_sentences.append(
                {
                    "layout": layout,
                    "sentences": n,
                    "characters": len(text),
                    "wall s": seconds,
                    "CPU s": cpu,
                    "events": events,
                    "x CPU time of the first": cpu / base,
                    "linear would be": n / int(args.sentences.split(",")[0]),
                }
            )
            print(by_sentences[-1], flush=True)

    by_size: list[dict[str, object]] = []
    for layout in ("one line",):  # the harder case (one long line to segment); 1 MB also needs sections
        for kb in (int(x) for x in args.sizes_kb.split(",")):
            text = document(pool, chars=kb * 1000, one_line=layout == "one line")
            seconds, cpu, events = analyze_once(nlp, text)
            words = len(text.split())
            by_size.append(
                {
                    "layout": layout,
                    "size": f"{kb:,} KB",
                    "words": words,
                    "wall s": seconds,
                    "CPU s": cpu,
                    "words per CPU s": words / cpu,
                    "events": events,
                }
            )
            print(by_size[-1], flush=True)

    body = (
        "One document analyzed alone (`code_documents`: cleaning, segmentation, all pipeline stages, rows); "
        "the pipeline loaded and warmed up before timing. Linear cost: the `x CPU time` column tracks "
        "`linear would be`, and words per CPU second stays flat with size.\n\n"
        + table(by_sentences)
        + "\n"
        + table(by_size)
    )
    if not args.no_write:
        write_section("scaling-document", "Analysis time against document length (linear)", body)
    else:
        print(body)


if __name__ == "__main__":
    main()
