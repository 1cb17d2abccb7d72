"""Actor codes: the rules that read a country or an international organisation out of a CAMEO-style code.

A code is an ISO 3166 alpha-3 country code, optionally followed by a role (``RUSGOV``, ``USAMIL``), or an
international organisation: ``NATO``, ``EU``, ``UN`` (the codes the gold standard uses) or ``IGO...``
(``IGOWTO``; imported GDELT codes such as ``IGOWSTNAT`` too). Every stage that compares actors uses these
functions, and the SQL ones write the same rules for queries over the ``events`` table.
"""

from __future__ import annotations

import functools

COUNTRY_LENGTH = 3  # the country part of a code: its first three letters

# International organisations with a code of their own (not IGO...): these count as one actor, ``IGO``,
# wherever the scorer's primary codes are compared.
IGO_CODES: frozenset[str] = frozenset({"NATO", "EU", "UN", "EUN"})
IGO_PREFIXES: tuple[str, ...] = ("IGO", "NATO")

# Organisation names the stance and claim analyses keep as they are (``IGOWTO`` -> ``IGO``, ``NATOSHAPE``
# -> ``NATO``, ``WTO`` -> ``WTO``) instead of cutting them to three letters; the prefixed ones also name
# longer codes that start with them.
ORGANISATION_NAMES: tuple[str, ...] = ("NATO", "EU", "EUN", "UN", "IGO", "BRICS", "OSCE", "IMF", "WTO", "ASEAN", "AU")
ORGANISATION_PREFIXES: frozenset[str] = frozenset({"NATO", "IGO", "BRICS", "OSCE"})


def country_part(code: str | None) -> str:
    """The first three letters, upper-cased: ``RUSGOV`` -> ``RUS`` (an IGO code is cut too: ``NATO`` -> ``NAT``)."""
    return (code or "").upper()[:COUNTRY_LENGTH]


def is_igo(code: str | None) -> bool:
    """Whether ``code`` names an international organisation (``NATO``, ``EU``, ``UN``, ``IGO...``)."""
    code = (code or "").upper()
    return code in IGO_CODES or code.startswith(IGO_PREFIXES)


# a pure function of the code over constant tables: kept per code, as the event coder's learned layer asks it for
# every mention pair (thousands of calls a document batch; speed2, session 21)
@functools.lru_cache(maxsize=4096)
def primary_code(code: str | None) -> str:
    """The primary code the scorer compares: ``IGO`` for any IGO, else the country part."""
    return "IGO" if is_igo(code) else country_part(code)


# Roles of the state's executive and its instruments: a bare country code stands for its state, so "USA",
# "USAGOV", "USAMIL", "USASPY" and "USACOP" are one party and never make a domestic event between them
# ("the government mobilized police", "the administration sent CIA teams" are no events between parties).
STATE_ROLES: frozenset[str] = frozenset({"", "GOV", "MIL", "SPY", "COP"})


def role_part(code: str | None) -> str:
    """What follows the country part: ``KENLEG`` -> ``LEG``, ``RUS`` -> ``""`` (an IGO has none)."""
    code = (code or "").upper()
    return "" if is_igo(code) else code[COUNTRY_LENGTH:]


def domestic_pair(source: str | None, target: str | None) -> bool:
    """Whether two codes are different actors of one country that an event may join (docs/events.md,
    "Domestic events"): the same country part, different full codes, and not both the state itself
    (``KENLEG`` -> ``KENGOV`` and ``RUS`` -> ``RUSREB`` are; ``USA`` -> ``USAGOV`` is not)."""
    if not source or not target or is_igo(source) or is_igo(target):
        return False
    if primary_code(source) != primary_code(target) or source.upper() == target.upper():
        return False
    return not (role_part(source) in STATE_ROLES and role_part(target) in STATE_ROLES)


def organisation_key(code: str | None) -> str:
    """Which organisation an IGO code names, for telling two IGOs apart: ``EUN`` is the ``EU``, a longer code
    that starts with a shorter one is a part of it (``NATOSHAPE`` of ``NATO``); every other code is its own."""
    code = (code or "").upper()
    code = "EU" if code == "EUN" else code
    for name in ("NATO", "EU", "UN"):
        if code.startswith(name) and not code.startswith("IGO"):
            return name
    return code


def igo_pair(source: str | None, target: str | None) -> bool:
    """Whether two codes are two different international organisations (``IGOARL`` -> ``EU``, ``IGOIAE`` ->
    ``UN``): the scorer compares both as ``IGO``, but an act of one organisation on another is an event
    (docs/events.md rule 29)."""
    if not is_igo(source) or not is_igo(target):
        return False
    return organisation_key(source) != organisation_key(target)


def distinct_actors(source: str | None, target: str | None, domestic: bool = True) -> bool:
    """Whether an event may run from ``source`` to ``target``: different primary actors, two different
    international organisations (:func:`igo_pair`), or (``domestic``) a :func:`domestic_pair`."""
    if primary_code(source) != primary_code(target):
        return True
    if igo_pair(source, target):
        return True
    return domestic and domestic_pair(source, target)


def is_domestic(source: str | None, target: str | None) -> bool:
    """Whether an event's two actors are of one country (``KENLEG`` -> ``KENGOV``): not a country pair."""
    return bool(source) and bool(target) and not is_igo(source) and primary_code(source) == primary_code(target)


def country_of(code: str | None) -> str:
    """The country-level code for stance and claims: ``USAGOV`` -> ``USA``; an organisation keeps its name
    (``NATO``, ``EU``; ``IGOWTO`` -> ``IGO``)."""
    code = (code or "").upper()
    for name in sorted(ORGANISATION_NAMES, key=len, reverse=True):
        if code == name or (name in ORGANISATION_PREFIXES and code.startswith(name)):
            return name
    return country_part(code)


def country_part_sql(column: str) -> str:
    """:func:`country_part` of a SQL column (a trusted column name, never user input)."""
    return f"left({column}, {COUNTRY_LENGTH})"
