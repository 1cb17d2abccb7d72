"""The actor codebook: who can be named in the news, under which code, and when.

The entries are data (``detente/data/actors/*.jsonl``, one actor per line), never Python literals, so a
user can extend or override them with files in the same format (``DETENTE_CODEBOOK`` or explicit paths)
without touching the code. Codes are CAMEO-style: an ISO 3166 alpha-3 country code, optionally followed
by a role (``RUSGOV``, ``USAMIL``), or an international organisation (``NATO``, ``EU``, ``UN``, ``IGO...``).

An entry may list several surface forms by kind (``names``, ``aliases``, ``demonyms``, ``capitals``,
``metonyms``, ``titles``); the kind becomes the mention's ``how``. Forms listed in ``cased`` match only
with the exact capitalisation written (``US`` must not fire on the pronoun "us", ``Turkey`` not on the
bird). People carry a role period (``valid_from``/``valid_to``, ISO dates): the same name may appear on
several lines (Trump 2017-2021 and 2025-) and the line valid on the document's date wins.

The role vocabulary (``roles.yml``: role suffix -> nouns such as "forces" or "foreign minister") lets the
resolver turn "Russian forces" into ``RUSMIL`` by rule rather than by listing every combination.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.nlp.lexicons import ACTOR_FILES, CodebookEntry, load_yaml, validate
from detente.paths import data_file
from detente.reference.actors import country_part

ACTORS_DIR = data_file("actors")
ENV_VAR = "DETENTE_CODEBOOK"

# surface-form fields of an entry, in the order of trust when two actors share a form
FORM_FIELDS: tuple[str, ...] = ("names", "aliases", "titles", "metonyms", "capitals", "demonyms")
HOW_OF_FIELD: dict[str, str] = {
    "names": "name",
    "aliases": "alias",
    "titles": "title",
    "metonyms": "metonym",
    "capitals": "capital",
    "demonyms": "demonym",
}


@dataclass(frozen=True)
class Actor:
    """One codebook entry (one role period for a person)."""

    code: str
    name: str
    kind: str
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    gender: str | None = None

    def valid_on(self, date: str | None) -> bool:
        """Whether the entry holds on ``date`` (ISO; a missing date or bound never excludes)."""
        if not date:
            return True
        day = date[:10]
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day >= self.valid_to)

    def distance(self, date: str) -> int:
        """How far (in ISO-string terms, days roughly) ``date`` lies outside the role period; 0 inside."""
        day = _ordinal(date[:10])
        if self.valid_from and day < _ordinal(self.valid_from):
            return _ordinal(self.valid_from) - day
        if self.valid_to and day >= _ordinal(self.valid_to):
            return day - _ordinal(self.valid_to) + 1
        return 0


def _ordinal(iso: str) -> int:
    try:
        y, m, d = (int(x) for x in (iso.split("-") + ["1", "1"])[:3])
    except ValueError:
        return 0
    return y * 372 + m * 31 + d


@dataclass(frozen=True)
class Alias:
    """A surface form pointing at an actor; ``order`` makes later files (user codebooks) win ties."""

    text: str
    actor: Actor
    how: str
    cased: bool
    order: int


def _is_cased(form: str, cased: set[str]) -> bool:
    # short all-caps acronyms (US, UN, EU, UK) collide with ordinary words when lower-cased
    return form in cased or (form.isupper() and len(form.replace(".", "")) <= 3 and "." not in form)


class Codebook:
    """All actors and their surface forms, indexed by lower-cased form."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self.by_form: dict[str, list[Alias]] = {}
        self.roles: dict[str, str] = {}  # lower-cased role noun -> role suffix (GOV, MIL, ...)
        self.stop: list[str] = []  # phrases that contain a form but name no actor ("Latin American")
        self.anaphora: dict[str, Any] = {}  # pronoun genders and "the two sides"-type phrases
        # compose.yml: the compositional actor rules' word lists (list name -> words; actor_compose.ComposeLexicon)
        self.compose: dict[str, list[str]] = {}
        self.sources: list[Path] = []
        # a place name several countries hold ("Tripoli": Libya's capital and a city in Lebanon): lower-cased
        # form -> the other countries' codes, from an entry's ``shared`` field ({"Tripoli": ["LBN"]})
        self.shared: dict[str, tuple[str, ...]] = {}
        self._order = 0

    # ---- loading -------------------------------------------------------------------------------
    @classmethod
    def load(
        cls, paths: Iterable[str | Path] | None = None, use_env: bool = True, base: str | Path | None = None
    ) -> Codebook:
        """``base`` (default: the packaged codebook), then ``DETENTE_CODEBOOK`` files, then ``paths``.

        Later files win ties, so a user's entry for a form overrides the packaged one.
        """
        book = cls().from_disk(base or ACTORS_DIR)
        if use_env and os.environ.get(ENV_VAR):
            for part in os.environ[ENV_VAR].split(os.pathsep):
                if part.strip():
                    book.from_disk(part.strip())
        for path in paths or ():
            book.from_disk(path)
        return book

    def from_disk(self, path: str | Path) -> Codebook:
        """Add a directory of ``*.jsonl`` (+ ``roles.yml``, ``stop.yml``, ``anaphora.yml``, ``compose.yml``) or a
        single jsonl/yml file."""
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"codebook path not found: {path}")
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                for entry in _read_jsonl(file):
                    self.add(entry)
                self.sources.append(file)
            elif file.suffix in (".yml", ".yaml") and file.stem in ACTOR_FILES:
                raw, checked = load_yaml(ACTOR_FILES[file.stem], file)  # checked: errors name the file and the key
                data = raw or {}
                if file.stem == "roles":
                    self.add_roles(data)
                elif file.stem == "stop":
                    self.stop.extend(str(x) for x in data)
                elif file.stem == "compose":  # a later file adds words to each list
                    for key, words in checked.model_dump().items():
                        self.compose.setdefault(key, []).extend(words)
                else:
                    for key, value in data.items():  # a later file extends or overrides an earlier one
                        if isinstance(value, dict):
                            self.anaphora.setdefault(key, {}).update(value)
                        elif isinstance(value, list):
                            self.anaphora.setdefault(key, []).extend(value)
                        else:
                            self.anaphora[key] = value
                self.sources.append(file)
        return self

    def add_roles(self, roles: dict[str, Any]) -> None:
        """``roles.yml``: ``{SUFFIX: [noun, ...]}``; a noun listed twice keeps its last suffix."""
        for suffix, nouns in roles.items():
            for noun in nouns or ():
                self.roles[str(noun).lower()] = str(suffix)

    def add(self, entry: dict[str, Any]) -> Actor:
        """Add one entry (the jsonl line format, see ``docs/actors.md``)."""
        forms = {f: list(entry.get(f) or ()) for f in FORM_FIELDS}
        if not entry.get("code") or not any(forms.values()):
            raise ValueError(f"codebook entry needs a code and at least one name: {entry!r}")
        name = entry.get("name") or (forms["names"] or [v for vs in forms.values() for v in vs])[0]
        actor = Actor(
            code=str(entry["code"]).upper(),
            name=name,
            kind=entry.get("kind", "country"),
            role=entry.get("role"),
            valid_from=entry.get("valid_from"),
            valid_to=entry.get("valid_to"),
            gender=entry.get("gender"),
        )
        self.actors.append(actor)
        self._add_shared(entry, forms)
        cased = set(entry.get("cased") or ())
        if actor.kind == "person":  # "Trump" must not fire on "trump card", "Xi" on a stray "xi"
            cased.update(v for vs in forms.values() for v in vs)
        for field in FORM_FIELDS:
            for form in forms[field]:
                self._order += 1
                alias = Alias(form, actor, HOW_OF_FIELD[field], _is_cased(form, cased), self._order)
                self.by_form.setdefault(form.lower(), []).append(alias)
        return actor

    def _add_shared(self, entry: dict[str, Any], forms: dict[str, list[str]]) -> None:
        """Validate and index an entry's ``shared`` field: ``{form: [country code, ...]}``, each form one of
        the entry's own names or capitals, each code three capital letters other than the entry's own."""
        shared = entry.get("shared")
        if shared is None:
            return
        own = forms["names"] + forms["aliases"] + forms["capitals"] + forms["demonyms"]
        if not isinstance(shared, dict):
            raise ValueError(f"'shared' must map a form to country codes: {entry!r}")
        for form, codes in shared.items():
            ok = isinstance(codes, list) and all(
                isinstance(c, str) and len(c) == 3 and c.isalpha() and c.isupper() and c != entry["code"][:3]
                for c in codes
            )
            if form not in own or not codes or not ok:
                raise ValueError(f"'shared' needs the entry's own form and other country codes: {entry!r}")
            key = form.lower()
            self.shared[key] = tuple(dict.fromkeys(self.shared.get(key, ()) + tuple(codes)))

    # ---- lookup --------------------------------------------------------------------------------
    def forms(self) -> Iterator[str]:
        """Every distinct surface form (as first written), for building a matcher."""
        for aliases in self.by_form.values():
            yield aliases[0].text

    def candidates(self, text: str) -> list[Alias]:
        """The aliases whose form equals ``text``, honouring the case-sensitive ones."""
        return [a for a in self.by_form.get(text.lower(), ()) if not a.cased or a.text == text]

    def resolve(self, text: str, date: str | None = None) -> tuple[Actor, str] | None:
        """The best actor for a surface form on ``date`` and how it was named, or None.

        Preference: an entry valid on the date; without a date, a current one (no ``valid_to``); then the
        trust order of the form's kind; then the latest loaded (user files override packaged ones). When
        a person is named on a date outside all of their role periods, only the country is kept (Blinken
        in 2019 is ``USA``, not ``USAGOV``): we do not invent a role the text does not support.
        """
        return self.choose(self.candidates(text), date)

    @staticmethod
    def choose(cands: list[Alias], date: str | None = None) -> tuple[Actor, str] | None:
        """Pick among aliases already known to match (see ``resolve`` for the order of preference)."""
        if not cands:
            return None
        rank = {how: i for i, how in enumerate(HOW_OF_FIELD.values())}
        if date:
            valid = [a for a in cands if a.actor.valid_on(date)]
        else:
            valid = [a for a in cands if not a.actor.valid_to] or cands
        if valid:
            best = min(valid, key=lambda a: (rank[a.how], -a.order))
            return best.actor, best.how
        near = min(cands, key=lambda a: (a.actor.distance(date or ""), rank[a.how], -a.order))
        a = near.actor
        return Actor(country_part(a.code), a.name, a.kind, None, None, None, a.gender), near.how

    def lookup(self, text: str, date: str | None = None) -> Actor | None:
        """The actor a surface form names (exact form, case rules applied), or None."""
        found = self.resolve(text.strip(), date)
        return found[0] if found else None

    def role_of(self, text: str) -> str | None:
        """The role suffix of a role noun ("forces" -> "MIL"), or None."""
        return self.roles.get(text.lower())

    def __len__(self) -> int:
        return len(self.actors)


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON: {exc}") from exc
            validate(CodebookEntry, entry, f"{path}:{n}")  # a mistyped key is an error, not ignored
            yield entry
