"""Exact and near-duplicate detection.

Exact: a SHA-256 of the normalised cleaned text. Near: MinHash over word 3-shingles with LSH
(datasketch); a re-posted or lightly spun copy shares most 3-word shingles with its original.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine64"  # pinned so stored signatures stay comparable across datasketch versions
THRESHOLD = 0.35  # estimated Jaccard of 3-shingles; spun copies of the seeds score 0.4-0.7, unrelated < 0.1
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    normal = " ".join(_WORD.findall(text.lower()))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def minhash(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype("<u8").tobytes()


def from_bytes(data: bytes) -> MinHash:
    import numpy as np

    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype="<u8"), scheme=SCHEME)


class DuplicateIndex:
    """Originals seen so far; ``find`` returns the best-matching original and its estimated Jaccard."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.hashes: dict[str, MinHash] = {}

    def add(self, doc_id: str, m: MinHash) -> None:
        if doc_id not in self.hashes:
            self.lsh.insert(doc_id, m)
            self.hashes[doc_id] = m

    def find(self, m: MinHash) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for cand in self.lsh.query(m):
            sim = m.jaccard(self.hashes[cand])
            if sim >= self.threshold and (best is None or sim > best[1] or (sim == best[1] and cand < best[0])):
                best = (cand, sim)
        return best
