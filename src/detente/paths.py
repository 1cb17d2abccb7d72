"""Where the packaged data files live."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_file(*parts: str) -> Path:
    """A packaged data file, e.g. ``data_file("ingest", "cleaning.yml")``."""
    return DATA_DIR.joinpath(*parts)
