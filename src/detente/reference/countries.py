"""Countries: ISO 3166-1 alpha-3 codes and the names that denote them, from ``data/country_names.tsv``
(origin and licence in the file's header)."""

from __future__ import annotations

import csv
from functools import cache

from detente.paths import data_file

COUNTRY_NAMES_FILE = data_file("country_names.tsv")


@cache
def country_names() -> dict[str, str]:
    """Lower-cased country name -> ISO3 (used to code ICEWS country columns)."""
    text = COUNTRY_NAMES_FILE.read_text(encoding="utf-8")
    rows = csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    return {r["name"].strip().lower(): r["iso3"] for r in rows}


@cache
def country_codes() -> frozenset[str]:
    """Every ISO3 code the names file knows."""
    return frozenset(country_names().values())
