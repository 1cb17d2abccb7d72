"""Moved to :mod:`detente.reference.cameo`; this name stays only until the branches that import it are merged."""

from detente.reference.cameo import QUAD_NAMES, CameoCode, is_code, load_codes, lookup, normalise, quad_of

__all__ = ["CameoCode", "QUAD_NAMES", "is_code", "load_codes", "lookup", "normalise", "quad_of"]
