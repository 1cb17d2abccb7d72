"""Every sentence of a corpus with the causal stage's probability and claims, for reading by eye (issue 13).

    .venv/bin/python benchmarks/news_causal_review.py [DOCS.jsonl] [--out FILE] [--off split_lines]

Default corpus: the 20 news excerpts (``../shared/corpus/news/news.jsonl``, no labels here). A sentence is
printed when it has a claim or a word of the marker lexicon (connective, subordinator, purpose, forward,
conditional or causal verb lemma), so missed claims can be read beside the false ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from detente.api.ingest import run_documents  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus" / "news" / "news.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", nargs="?", type=Path, default=NEWS)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--all", action="store_true", help="print every sentence, marker or not")
    ap.add_argument("--off", action="append", default=[], help="a classifier.json flag turned off (split_lines)")
    args = ap.parse_args()
    docs = [json.loads(line) for line in args.docs.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [{"id": d["id"], "text": d["text"]} for d in docs]
    nlp = build_pipeline()
    comp = nlp.get_pipe("causal_extractor")
    for flag in args.off:
        setattr(comp.settings, flag, False)
    lex = comp.lexicon
    words = {" ".join(p) for index in (lex.connectives, lex.purpose, lex.forward) for ps in index.values() for p in ps}
    words |= set(lex.subordinators) | set(lex.conditionals) | {"after", "following"}
    lines: list[str] = []
    total = 0
    # the documents as ``detente code`` reads them: cleaned and cut into sections, each parsed on its own
    for prepared, parts in run_documents(docs, nlp):
        for k, (_, doc) in enumerate(parts):
            claims = doc._.causal
            total += len(claims)
            sents, _ = comp._scored_sentences(doc)
            probs = comp.sentence_probs(sents)
            for sent, p in zip(sents, probs, strict=True):
                mine = [c for c in claims if c["start"] == sent.start_char]
                lemmas = {t.lemma_ for t in sent if t.pos_ == "VERB"} & set(lex.verbs)
                text = sent.text.lower()
                hits = sorted(w for w in words if f" {w} " in f" {text} ") + sorted(lemmas)
                if not (mine or hits or args.all):
                    continue
                lines.append(f"[{prepared.id} s{k} @{sent.start_char}] p={p:.2f} markers={hits}")
                lines.append("   " + sent.text.replace("\n", " / "))
                for c in mine:
                    how = f"{c.get('signal')}{' implicit' if c.get('implicit') else ''}"
                    lines.append(f"   -> C: {c['cause']!r}  E: {c['effect']!r}  {c['polarity']} [{how}]")
    lines.insert(0, f"claims: {total}")
    out = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
