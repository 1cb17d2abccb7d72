"""Scenario analysis over cognitive maps: fuzzy cognitive map inference (pure numpy, no I/O)."""

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
