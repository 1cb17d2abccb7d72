"""detente's claims on the 20 news excerpts with the round-10 span trims on and off: the changed claims, to read.

    .venv/bin/python benchmarks/causal_trims_news.py

No labels exist for these excerpts here; the output is for reading by eye (docs/causal.md, round 10).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from detente.api.ingest import code_documents, get_pipeline  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus" / "news" / "news.jsonl"


def main() -> int:
    docs = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [{"id": d["id"], "text": d["text"]} for d in docs]
    nlp = get_pipeline()
    extractor = nlp.get_pipe("causal_extractor").extractor

    def claims(on: bool) -> dict[tuple, dict]:
        extractor.settings.trim_headings = extractor.settings.trim_fronted = on
        out = code_documents(docs, nlp=nlp)
        return {(o["id"], c["start"], c.get("signal")): c for o in out for c in o["causal"]}

    off, on = claims(False), claims(True)
    print(f"claims: trims off {len(off)}, on {len(on)}")
    for key in sorted(set(on) | set(off), key=str):
        a, b = off.get(key), on.get(key)
        if a and b and (a["cause"], a["effect"]) == (b["cause"], b["effect"]):
            continue
        print(f"\n[{key[0]}] signal {key[2]}")
        print(f"  off: {a and a['cause']} => {a and a['effect']}")
        print(f"  on:  {b and b['cause']} => {b and b['effect']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
