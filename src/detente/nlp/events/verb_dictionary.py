"""The fallback verb dictionary: ``data/events/cameo_verbs.tsv``, verb lemma (+ particle, preposition or object
lemma) -> CAMEO code, derived from PETRARCH2's CAMEO verb dictionary by ``benchmarks/build_verb_dictionary.py``
(MIT, Open Event Data Alliance; origin in ``data/events/README.md``).

The event coder asks it only for a verb our own lexicon does not know (docs/events.md, "Fallback verb
dictionary"); the trigger it gives then goes through the same argument, modality and date rules as a lexicon
trigger. A row matches on the verb's dependency children:

- particle: a ``prt`` child, or a preposition child, with that word ("called off", "asked for");
- preposition + object: a preposition child with that word whose ``pobj`` has that lemma ("appealed for calm");
- object: a direct object (or, in the passive, the subject) with that lemma, or the noun a quantity word
  names ("rushed thousands of troops");
- the verb alone, only when it has no particle: "broke down" is not "broke".

The most specific row wins (particle + object, preposition + object, particle, object, preposition, the verb
alone); the code ``---`` is a row that says "no event" ("impose taxes").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from detente.nlp.lexicons import LexiconError
from detente.paths import data_file
from detente.reference.cameo import load_codes

DEFAULT_VERBS = data_file("events", "cameo_verbs.tsv")
COLUMNS = ("verb", "particle", "prep", "object", "code")
NULL = "---"
NONE = "-"
_WORD = re.compile(r"[a-z]+")

Key = tuple[str, str, str, str]  # verb, particle, prep, object ("" = no constraint)


@dataclass
class VerbDictionary:
    """Rows keyed by (verb, particle, prep, object); a value None is the null code (no event)."""

    rows: dict[Key, str | None] = field(default_factory=dict)
    verbs: set[str] = field(default_factory=set)

    @classmethod
    def from_tsv(cls, path: Path) -> VerbDictionary:
        """Read and validate the file: the header, five tab-separated columns a line, lower-case words (or
        ``-``), a code of our CAMEO codebook (or ``---``), no key twice. A problem is a LexiconError naming the
        file and the line."""
        codes = load_codes()
        table = cls()
        header_seen = False
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise LexiconError(f"{path}: cannot be read: {exc}") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            where = f"{path}: line {number}"
            if not header_seen:
                if tuple(fields) != COLUMNS:
                    raise LexiconError(f"{where}: expected the header {' / '.join(COLUMNS)}, found {line!r}")
                header_seen = True
                continue
            if len(fields) != len(COLUMNS):
                raise LexiconError(f"{where}: expected {len(COLUMNS)} tab-separated columns, found {len(fields)}")
            verb, particle, prep, obj, code = fields
            if not _WORD.fullmatch(verb):
                raise LexiconError(f"{where}: verb {verb!r} is not a lower-case word")
            for name, value in (("particle", particle), ("prep", prep), ("object", obj)):
                if value != NONE and not _WORD.fullmatch(value):
                    raise LexiconError(f"{where}: {name} {value!r} is neither a lower-case word nor '-'")
            if particle != NONE and prep != NONE:
                raise LexiconError(f"{where}: a row has a particle or a preposition, not both")
            if code != NULL and code not in codes:
                raise LexiconError(f"{where}: {code!r} is not a CAMEO code of data/cameo/cameo.jsonl")
            key = (verb, "" if particle == NONE else particle, "" if prep == NONE else prep, "" if obj == NONE else obj)
            if key in table.rows:
                raise LexiconError(f"{where}: the row {' '.join(fields[:4])} is given twice")
            table.rows[key] = None if code == NULL else code
            table.verbs.add(verb)
        if not header_seen:
            raise LexiconError(f"{path}: no header line ({' / '.join(COLUMNS)}) and no rows")
        return table

    def match(self, tok: Token, object_heads: Callable[[Token], list[Token]]) -> tuple[str | None, Token | None] | None:
        """(code or None for a null row, the token that made the phrase or None) of the most specific row
        matching the verb ``tok``; None when no row matches. ``object_heads`` expands an object to the noun
        of its quantity word ("thousands of troops")."""
        verb = tok.lemma_.lower()
        if verb not in self.verbs:
            return None
        particles: list[Token] = []
        preps: list[tuple[Token, list[Token]]] = []
        objects: list[Token] = []
        for child in tok.children:
            if child.dep_ == "prt":
                particles.append(child)
            elif child.dep_ in ("prep", "agent"):
                pobjs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                preps.append((child, pobjs))
                if not pobjs:
                    particles.append(child)  # "rounded up", "called off" parsed as a preposition
            elif child.dep_ in ("dobj", "obj", "nsubjpass"):
                objects.extend(object_heads(child))
        link_words = [p for p in particles] + [p for p, _ in preps if p not in particles]
        candidates: list[tuple[Key, Token | None]] = []
        for link in link_words:
            candidates.extend(((verb, link.lower_, "", o.lemma_.lower()), o) for o in objects)
        for prep, pobjs in preps:
            candidates.extend(((verb, "", prep.lower_, o.lemma_.lower()), o) for o in pobjs)
        candidates.extend(((verb, link.lower_, "", ""), link) for link in link_words)
        candidates.extend(((verb, "", "", o.lemma_.lower()), o) for o in objects)
        candidates.extend(((verb, "", prep.lower_, ""), prep) for prep, _ in preps)
        if not any(c.dep_ == "prt" for c in tok.children):
            candidates.append(((verb, "", "", ""), None))
        for key, token in candidates:
            if key in self.rows:
                return self.rows[key], token
        return None
