"""Actor codes: the rules that read a country or an international organisation out of a CAMEO-style code.

A code is an ISO 3166 alpha-3 country code, optionally followed by a role (``RUSGOV``, ``USAMIL``), or an
international organisation: ``NATO``, ``EU``, ``UN`` (the codes the gold standard uses) or ``IGO...``
(``IGOWTO``; imported GDELT codes such as ``IGOWSTNAT`` too). Every stage that compares actors uses these
functions, and the SQL ones write the same rules for queries over the ``events`` table.
"""

from __future__ import annotations

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


def primary_code(code: str | None) -> str:
    """The primary code the scorer compares: ``IGO`` for any IGO, else the country part."""
    return "IGO" if is_igo(code) else country_part(code)


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
