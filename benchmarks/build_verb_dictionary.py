"""Derive ``data/events/cameo_verbs.tsv`` (the event coder's fallback verb dictionary) from PETRARCH2's
CAMEO verb dictionary.

Usage:
    .venv/bin/python benchmarks/build_verb_dictionary.py [--source CAMEO.2.0.txt] [--out FILE] [--stats]

The source is ``petrarch2/data/dictionaries/CAMEO.2.0.txt`` of openeventdata/petrarch2 (MIT, Copyright (c) 2015
Open Event Data Alliance; a composite of the TABARI CAMEO verb dictionaries and WordNet synonym sets), read
from the git snapshot ``/work/.mirror/openeventdata+petrarch2/repo/.git`` unless ``--source`` names a copy.
Its format (the file's header and PETRARCH2's ``PETRreader.read_verb_dictionary`` docstring): synonym sets
(``&NAME`` + ``+WORD`` lines), then verb blocks, each a ``---  NAME  [code]  ---`` header, verb lines (a base
form, optional ``{irregular forms}``, optional ``[code]``; ``+CALL_OFF`` a verb + particle) and pattern lines
``- PRE * POST [code] # VERB`` (nouns, ``{modifier head}`` noun phrases, ``(prep noun)`` phrases, ``&SYNSET``
references; the comment names the verb the pattern was found with). ``[---]`` is the null code: no event.

What we keep is what a spaCy parse can match reliably on the governing verb (docs/events.md, "Fallback
verb dictionary"): one row per (verb lemma, particle, preposition, object lemma) -> CAMEO code, where

- a verb line gives the verb alone (its own code, else the block's);
- ``+VERB_PARTICLE`` gives verb + particle (or a one-word preposition / object);
- a pattern with nothing before ``*`` and, after it, exactly one noun (a direct object), one particle, a
  particle + a noun, a ``(prep)`` or a ``(prep noun)`` gives that constraint; synonym sets are expanded,
  a ``{modifier head}`` phrase keeps its head (used only where no plain pattern gives that head), and a
  pattern applies to the verb its comment names when that verb is in the block, else to the block's verbs.
  Patterns with a subject part, several nouns, source/target markers or other shapes are dropped.

Codes: ``A:B`` (an event and its reverse) keeps ``A``; ``:B`` and codes not in our CAMEO codebook
(``data/cameo/cameo.jsonl``, the same 311 codes as ``../shared/data/cameo-eventcodes.tsv``) are dropped; the
null code stays (``---``: "this verb + object is no event", e.g. "impose taxes"). Where one key gets several
codes they are merged to the codes' shared root (``"070"`` from 070 and 073) or, across roots, to no row;
a null and a code for the verb alone give the null. Auxiliaries are dropped; light and reporting verbs keep
only their patterns; the verbs in ``MEASURED_DROPS`` were measured to lower precision on the training sets
(ConfliBERT train, CAMEO-manual examples) and are dropped. Rows are written sorted, with the origin and the
MIT licence in the header.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from detente.reference.cameo import load_codes  # noqa: E402

MIRROR = Path("/work/.mirror/openeventdata+petrarch2/repo/.git")
SOURCE_PATH = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
OUT = ROOT / "src" / "detente" / "data" / "events" / "cameo_verbs.tsv"
NULL = "---"

# particles a pattern may name as a bare word after the verb ("SET * OUT VIEWS", "PUT * DOWN RIOT")
PARTICLES = {"up", "down", "off", "out", "back", "away", "forward", "over", "aside", "around", "along", "through"}
# what may follow the verb in a +VERB_WORD compound: a particle or a preposition ("+ASK_FOR", "+SCOFF_AT")
LINK_WORDS = PARTICLES | {"in", "on", "at", "for", "after", "to", "with", "into", "upon", "about", "against", "from"}
# auxiliaries and modals: never a trigger, patterns included
AUXILIARIES = {
    "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
    "get", "let", "become", "seem", "appear", "remain",
}  # fmt: skip
# light, reporting and other ultra-generic verbs: the verb alone names no event; their patterns stay
LIGHT = {
    "make", "take", "give", "go", "come", "put", "set", "keep", "hold", "bring", "see", "look", "say", "tell",
    "show", "find", "know", "think", "want", "begin", "start", "continue", "turn", "run", "move", "use", "play",
    "leave", "meet", "pass", "carry", "raise", "open", "close", "lead", "follow", "help", "work", "change",
    "place", "stand", "call", "ask", "add", "reach", "receive", "send", "provide", "offer", "seek", "try",
}  # fmt: skip
# verbs whose dictionary rows lowered precision on the training sets (see the module docstring): none of their
# added events right and two or more wrong (benchmarks/eval_verb_dictionary.py --sets train --per-verb, issue 14
# session 7; e.g. "dealing a severe blow", "issued a stern reminder", "a faction that controls Afghanistan")
MEASURED_DROPS = {"deal", "issue", "dispute", "commemorate", "uphold", "forestall", "hold", "control"}


@dataclass(frozen=True)
class Row:
    """One dictionary row: verb lemma, particle, preposition, object lemma ("" = none) and code (or NULL)."""

    verb: str
    particle: str
    prep: str
    obj: str
    code: str


class Lemmatizer:
    """Noun lemmas from the pipeline's English model."""

    def __init__(self) -> None:
        from detente.nlp.model import load_model

        self.nlp = load_model(None)  # the pipeline's own English model, so lemmas agree with the coder's
        self.cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        """A noun's lemma as the tagger and lemmatizer read it after "the" ("sanctions" -> "sanction", "bus"
        stays "bus"). Verbs need none: a verb line starts with the base form."""
        word = word.lower()
        if word not in self.cache:
            self.cache[word] = self.nlp(f"the {word}")[-1].lemma_.lower()
        return self.cache[word]


def read_source(path: Path | None) -> str:
    if path is not None:
        return path.read_text(encoding="utf-8", errors="replace")
    raw = subprocess.run(
        ["git", "--git-dir", str(MIRROR), "show", f"HEAD:{SOURCE_PATH}"], capture_output=True, check=True
    ).stdout
    return raw.decode("utf-8", errors="replace")


def plain_code(text: str) -> str | None:
    """``[042:043]`` -> "042", ``[---]`` -> NULL, ``[:173]`` or junk -> None."""
    inner = text.strip().strip("[]").split("]")[0]
    first = inner.split(":")[0].strip()
    if first.startswith("---"):
        return NULL
    return first if re.fullmatch(r"\d{2,4}", first) else None


def noun_word(word: str) -> str | None:
    """A pattern's noun as one lower-case word: the last part of an underscore phrase; None if odd."""
    word = word.strip("_").split("_")[-1].lower()
    # no hyphen: spaCy splits "de-escalation" into three tokens, so such a noun is never one object lemma
    return word if re.fullmatch(r"[a-z]+", word) else None


@dataclass
class Parsed:
    synsets: dict[str, list[str]]
    # verb, particle, prep, obj, code (from verb lines) and whether the line is attested: it gives its own code
    # or a coder's note, or it is the verb the block is named after (not one of its added synonyms)
    verb_rows: list[tuple[str, str, str, str, str, bool]]
    pattern_rows: list[tuple[str, str, str, str, str, bool]]  # + modified (a {modifier head} phrase)
    skipped: Counter[str]


def parse(text: str) -> Parsed:
    synsets: dict[str, list[str]] = {}
    verb_rows: list[tuple[str, str, str, str, str, bool]] = []
    pattern_rows: list[tuple[str, str, str, str, str, bool]] = []
    skipped: Counter[str] = Counter()
    in_verbs = False
    synset = ""
    block_code: str | None = None
    block_name = ""
    block_verbs: list[str] = []
    patterns: list[tuple[str, str]] = []  # (pattern text, comment) of the current block

    def close_block() -> None:
        for pattern, comment in patterns:
            named = comment.split()[0].lower() if comment.split() else ""
            verbs = [named] if named in block_verbs else list(block_verbs)
            for row in pattern_constraints(pattern, synsets, skipped):
                for verb in verbs:
                    pattern_rows.append((verb, *row))
        patterns.clear()

    for line in text.splitlines():
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not line.strip() or line.startswith("#") or line.startswith("<!"):
            continue
        if not in_verbs:
            if line.startswith("&"):
                synset = line.strip()
                synsets[synset] = []
            elif line.startswith("+") and synset:
                synsets[synset].append(line.strip()[1:])
            continue
        if line.startswith("~"):
            continue  # verb transformations: not a dictionary entry
        if line.startswith("---"):
            close_block()
            found = re.search(r"\[([^\]]*)\]", line)
            block_code = plain_code(found.group(0)) if found else NULL
            block_name = line.strip("- ").split()[0].lower() if line.strip("- ") else ""
            block_verbs = []
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            patterns.append((body, comment))
            continue
        # a verb line: FORM {irregular forms} [code] # comment
        body = line.split("#")[0]
        code_match = re.search(r"\[[^\]]*\]", body)
        code = plain_code(code_match.group(0)) if code_match else block_code
        noted = code_match is not None or "#" in line
        body = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
        if not body or code is None:
            skipped["verb line without a usable code"] += bool(body)
            continue
        form = body[0]
        if "_" in form:
            parts = form.split("_")
            if not parts[0].startswith("+") or len(parts) != 2:
                skipped["multi-word verb other than VERB_WORD"] += 1
                continue
            verb, word = parts[0][1:].lower(), parts[1].lower()
            if not verb.isalpha() or not word.isalpha():
                skipped["multi-word verb other than VERB_WORD"] += 1
                continue
            if word in LINK_WORDS:
                verb_rows.append((verb, word, "", "", code, True))
            else:
                verb_rows.append((verb, "", "", word, code, True))  # "+TAKE_FLIGHT": an object
            continue
        verb = form.lstrip("+").lower()
        if not re.fullmatch(r"[a-z]+", verb):  # a hyphenated verb is three spaCy tokens
            skipped["verb line with an odd form"] += 1
            continue
        block_verbs.append(verb)
        verb_rows.append((verb, "", "", "", code, noted or verb == block_name))
    close_block()
    return Parsed(synsets, verb_rows, pattern_rows, skipped)


def groups(tokens: list[str]) -> list[tuple[str, list[str]]] | None:
    """Tokens after ``*`` as ("pp", words) for ``(prep ...)``, ("np", words) for ``{...}``, ("w", [word])."""
    out: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.startswith("(") or tok.startswith("{"):
            close = ")" if tok.startswith("(") else "}"
            group = [tok]
            while not group[-1].endswith(close):
                i += 1
                if i >= len(tokens):
                    return None
                group.append(tokens[i])
            words = " ".join(group)[1:-1].replace("{", " ").replace("}", " ").split()
            out.append(("pp" if close == ")" else "np", words))
        else:
            out.append(("w", [tok]))
        i += 1
    return out


def heads(words: list[str], synsets: dict[str, list[str]]) -> list[str]:
    """The head nouns of a noun phrase's words (its last word), a synset reference expanded."""
    last = words[-1]
    if last.startswith("&"):
        # one-word members only: the last word of "CEASE_FIRE" or "URBAN_CENTER" is not what it means
        members = [m.strip("_") for m in synsets.get(last, [])]
        found = [noun_word(m) for m in members if "_" not in m and " " not in m]
        return sorted({f for f in found if f})
    word = noun_word(last)
    return [word] if word else []


def pattern_constraints(
    pattern: str, synsets: dict[str, list[str]], skipped: Counter[str]
) -> Iterable[tuple[str, str, str, str, bool]]:
    """(particle, prep, object, code, modified) rows of one pattern line, or none if its shape is dropped."""
    code_match = re.search(r"\[[^\]]*\]", pattern)
    if code_match is None:
        skipped["pattern without code"] += 1
        return []
    code = plain_code(code_match.group(0))
    if code is None:
        skipped["pattern code not usable (':B' or odd)"] += 1
        return []
    body = pattern[: code_match.start()]
    if "*" not in body:
        skipped["pattern without *"] += 1
        return []
    pre, _, post = body.partition("*")
    if pre.strip():
        skipped["pattern with a subject part"] += 1
        return []
    tokens = [t for t in post.split() if t not in ("$", "+", "^", "%")]
    if any(c in t for t in tokens for c in "$+^%"):
        skipped["pattern with source/target markers"] += 1
        return []
    parts = groups(tokens)
    if not parts:
        skipped["pattern with nothing after the verb"] += 1
        return []
    kinds = [k for k, _ in parts]
    rows: list[tuple[str, str, str, str, bool]] = []
    if kinds == ["w"] and parts[0][1][0].lower() in PARTICLES:
        rows.append((parts[0][1][0].lower(), "", "", code, False))
    elif kinds in (["w"], ["np"]):
        modified = kinds == ["np"] and len(parts[0][1]) > 1
        rows.extend(("", "", h, code, modified) for h in heads(parts[0][1], synsets))
    elif kinds[0] == "w" and parts[0][1][0].lower() in PARTICLES and kinds[1:] in (["w"], ["np"]) and len(parts) == 2:
        modified = kinds[1] == "np" and len(parts[1][1]) > 1
        rows.extend((parts[0][1][0].lower(), "", h, code, modified) for h in heads(parts[1][1], synsets))
    elif kinds == ["pp"]:
        words = parts[0][1]
        prep = words[0].lower()
        if not prep.isalpha():
            skipped["pattern with an odd preposition"] += 1
            return []
        if len(words) == 1:
            rows.append(("", prep, "", code, False))
        else:
            rows.extend(("", prep, h, code, len(words) > 2) for h in heads(words[1:], synsets))
    else:
        skipped["pattern of another shape"] += 1
        return []
    if not rows:
        skipped["pattern whose noun is not a word"] += 1
    return rows


def merge(codes: Iterable[str]) -> str | None:
    """One code for a key that several lines give: the shared code, else the shared root's "x0" code, else
    None (two roots: ambiguous); a null among codes is ambiguous too, except that null alone stays null."""
    found = set(codes)
    if len(found) == 1:
        return next(iter(found))
    if NULL in found:
        return None
    roots = {c[:2] for c in found}
    if len(roots) != 1:
        return None
    shared = min(found, key=len)
    common = next(iter(roots)) + "0"
    return shared if all(c.startswith(shared) for c in found) else common


def build(parsed: Parsed, lemma: Lemmatizer, alone: str = "attested") -> tuple[list[Row], Counter[str]]:
    """The rows to write; ``alone`` "attested" keeps a verb-alone row only from an attested verb line (see
    ``Parsed.verb_rows``), "all" from every verb line."""
    valid = set(load_codes())
    stats: Counter[str] = Counter()
    verb_codes: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    plain: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    modified: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)

    def keep(code: str) -> bool:
        if code == NULL or code in valid:
            return True
        stats["rows with a code not in the CAMEO codebook"] += 1
        return False

    for verb, particle, prep, obj, code, attested in parsed.verb_rows:
        if alone == "attested" and not attested:
            stats["verb-alone rows of an added synonym (unattested line)"] += 1
            continue
        if keep(code):
            key = (verb, particle, prep, lemma(obj) if obj else "")
            verb_codes[key].append(code)
    for verb, particle, prep, obj, code, is_modified in parsed.pattern_rows:
        if keep(code):
            key = (verb, particle, prep, lemma(obj) if obj else "")
            (modified if is_modified else plain)[key].append(code)
    rows: dict[tuple[str, str, str, str], str] = {}
    for key in set(verb_codes) | set(plain):
        merged = merge(verb_codes.get(key, []) + plain.get(key, []))
        if merged is None:
            stats["keys dropped: codes of different roots"] += 1
        else:
            rows[key] = merged
    for key, codes in modified.items():
        if key in rows or key in plain:
            continue  # a plain pattern decides this head
        merged = merge(codes)
        if merged is None:
            stats["keys dropped: codes of different roots"] += 1
            continue
        rows[key] = merged
    out: list[Row] = []
    for (verb, particle, prep, obj), code in sorted(rows.items()):
        if obj and not prep and rows.get((verb, particle, "", "")) == code:
            stats["rows that repeat the code of the verb (+ particle) alone"] += 1
            continue
        if verb in AUXILIARIES or verb in MEASURED_DROPS:
            stats["rows of auxiliary or measured-drop verbs"] += 1
            continue
        if verb in LIGHT and not (particle or prep or obj):
            stats["verb-alone rows of light verbs"] += 1
            continue
        out.append(Row(verb, particle, prep, obj, code))
    return out, stats


HEADER = """\
# cameo_verbs.tsv: the event coder's fallback verb dictionary (docs/events.md, "Fallback verb dictionary").
# Derived by benchmarks/build_verb_dictionary.py from petrarch2/data/dictionaries/CAMEO.2.0.txt of
# openeventdata/petrarch2 (commit {commit}), "a composite of the TABARI CAMEO dictionaries and several
# synonym sets, primarily from WordNet". Only the rows a dependency parse can match are kept, with codes
# checked against the CAMEO codebook; "---" means "no event".
#
# The MIT License (MIT)
# Copyright (c) 2015 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions: The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
# THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# columns: verb lemma, particle, preposition, object lemma (the preposition's object when a preposition is
# given, else the direct object), CAMEO code; "-" = no constraint
verb\tparticle\tprep\tobject\tcode
"""


def source_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "--git-dir", str(MIRROR), "rev-parse", "HEAD"], capture_output=True, check=True, text=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write(rows: list[Row], out: Path, commit: str) -> None:
    with out.open("w", encoding="utf-8") as handle:
        handle.write(HEADER.format(commit=commit))
        for r in rows:
            handle.write("\t".join([r.verb, r.particle or "-", r.prep or "-", r.obj or "-", r.code]) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=None, help="a copy of CAMEO.2.0.txt (default: the mirror)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print what was kept and dropped")
    parser.add_argument(
        "--verb-alone",
        choices=("attested", "all"),
        default="attested",
        help="verb-alone rows from attested verb lines only (default) or from every line of a block",
    )
    args = parser.parse_args(argv)
    parsed = parse(read_source(args.source))
    rows, stats = build(parsed, Lemmatizer(), args.verb_alone)
    write(rows, args.out, source_commit() if args.source is None else "unknown")
    print(f"wrote {len(rows)} rows to {args.out}")
    if args.stats:
        kinds = Counter(
            "verb alone" if not (r.particle or r.prep or r.obj) else "with particle/prep/object" for r in rows
        )
        print(f"  synsets {len(parsed.synsets)}, verb-line rows {len(parsed.verb_rows)}, "
              f"pattern rows {len(parsed.pattern_rows)}")  # fmt: skip
        for what, n in sorted((parsed.skipped + stats).items()):
            print(f"  dropped: {what}: {n}")
        for what, n in sorted(kinds.items()):
            print(f"  kept: {what}: {n}")
        print(f"  kept: null rows: {sum(r.code == NULL for r in rows)}; verbs {len({r.verb for r in rows})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
