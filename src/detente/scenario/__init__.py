"""Scenario analysis over cognitive maps: fuzzy cognitive map inference (``fcm``: pure numpy, no I/O) and the
strategy scenarios over a map of ``detente.analysis`` (``detente.scenario.strategies``, imported on its own so
that ``fcm`` stays free of spaCy)."""

from detente.scenario.fcm import (
    RULES,
    TRANSFERS,
    Path,
    SimulationResult,
    TotalEffect,
    compare,
    run_scenario,
    simulate,
    total_effect,
    transfer_function,
)

__all__ = [
    "RULES",
    "TRANSFERS",
    "Path",
    "SimulationResult",
    "TotalEffect",
    "compare",
    "run_scenario",
    "simulate",
    "total_effect",
    "transfer_function",
]
