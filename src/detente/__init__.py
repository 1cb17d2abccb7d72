"""detente: news coverage of a pair of countries turned into sourced, structured intelligence."""

__version__ = "0.1.0"
