"""What the causal span tagger costs: ``code_documents`` with ``spans: tagger`` (default) against
``spans: rules``, the same texts, two interleaved runs each, in one process (only the ratio is meaningful).

    .venv/bin/python benchmarks/bench_tagger_speed.py [WORDS]     # default 15000 words of the seeds
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus  # noqa: E402

from detente.api.ingest import code_documents  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402


def main() -> int:
    docs = corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 15_000)
    tagger = build_pipeline()
    rules = build_pipeline(config={"causal_extractor": {"spans": "rules"}})
    for nlp in (tagger, rules):
        code_documents(docs[:2], nlp=nlp)
    seconds: dict[str, float] = {"rules": 0.0, "tagger": 0.0}
    for name, nlp in (("rules", rules), ("tagger", tagger), ("rules", rules), ("tagger", tagger)):
        comp = nlp.get_pipe("causal_extractor")
        comp.scored = comp.encoded = 0
        t0 = time.perf_counter()
        code_documents(docs, nlp=nlp)
        seconds[name] += time.perf_counter() - t0
        print(
            f"{name}: {time.perf_counter() - t0:.1f} s, encoded {comp.encoded / max(comp.scored, 1):.3f} "
            "of the sentences scored",
            flush=True,
        )
    print(f"tagger / rules time: {seconds['tagger'] / seconds['rules']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
