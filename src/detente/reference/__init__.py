"""The shared vocabulary every layer may import: CAMEO codes, countries, IGOs, actor-code rules and the
typed records that travel between the stages.

It sits below ``ingest``, ``nlp``, ``store`` and ``analysis`` (``tests/test_layers.py``) and imports nothing
of detente except :mod:`detente.paths`, so a fact written here is written once: a stage that needs the
quad class of a CAMEO code, the country of ``RUSGOV`` or the columns of the ``events`` table asks this
package instead of carrying its own copy.
"""

from detente.reference.actors import (
    IGO_CODES,
    country_of,
    country_part,
    country_part_sql,
    is_igo,
    primary_code,
)
from detente.reference.cameo import QUAD_NAMES, CameoCode, is_code, load_codes, lookup, quad_of, quad_sql
from detente.reference.countries import country_codes, country_names

__all__ = [
    "IGO_CODES",
    "QUAD_NAMES",
    "CameoCode",
    "country_codes",
    "country_names",
    "country_of",
    "country_part",
    "country_part_sql",
    "is_code",
    "is_igo",
    "load_codes",
    "lookup",
    "primary_code",
    "quad_of",
    "quad_sql",
]
