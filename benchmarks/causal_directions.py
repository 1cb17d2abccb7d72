"""What turning implicit splits the tagger's way (``swap_implicit_below``, docs/causal.md round 8) changes on
texts without CNC labels: ``code_documents`` on the seeds and the 20 news excerpts with the shipped
``classifier.json`` and with a copy that lacks the key (the round-7 behaviour). Prints, per corpus and setting,
the claim count and the share of scored sentences the encoder ran on, then every claim that differs.

    .venv/bin/python benchmarks/causal_directions.py
    .venv/bin/python benchmarks/causal_directions.py extra_tag_min_score extra_split_min_vote   # round 9

Given key names, the "off" copy lacks those keys instead (round 9: the extra pairs beside a sentence's first).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from detente.api.ingest import code_documents  # noqa: E402
from detente.nlp.causal_extractor import CAUSAL_DIR, WEIGHTS_FILE  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402


def corpora() -> dict[str, list[dict]]:
    seeds = [
        {"id": p.name, "text": p.read_text(encoding="utf-8")}
        for p in sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    ]
    with open(SHARED / "corpus" / "news" / "news.jsonl", encoding="utf-8") as f:
        news = [{"id": row["id"], "text": row["text"]} for row in map(json.loads, f) if row.get("text")]
    return {"seeds": seeds, "news": news}


def main() -> int:
    keys = sys.argv[1:] or ["swap_implicit_below"]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "causal"
        shutil.copytree(CAUSAL_DIR, data)
        weights = json.loads((data / WEIGHTS_FILE).read_text(encoding="utf-8"))
        for key in keys:
            weights.pop(key, None)
        (data / WEIGHTS_FILE).write_text(json.dumps(weights), encoding="utf-8")
        pipelines = {
            "off": build_pipeline(config={"causal_extractor": {"data_path": str(data)}}),
            "on": build_pipeline(),
        }
        for name, docs in corpora().items():
            out = {}
            for setting, nlp in pipelines.items():
                comp = nlp.get_pipe("causal_extractor")
                comp.scored = comp.encoded = 0
                out[setting] = code_documents(docs, nlp=nlp)
                claims = sum(len(r["causal"]) for r in out[setting])
                share = comp.encoded / max(comp.scored, 1)
                print(f"{name} {setting}: {claims} claims, encoder on {share:.3f} of scored sentences")
            for off, on in zip(out["off"], out["on"], strict=True):
                before = {(c["cause"], c["effect"]) for c in off["causal"]}
                after = {(c["cause"], c["effect"]) for c in on["causal"]}
                for cause, effect in sorted(before - after):
                    print(f"  {off['id']} off: {cause} -> {effect}")
                for cause, effect in sorted(after - before):
                    print(f"  {on['id']} on:  {cause} -> {effect}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
