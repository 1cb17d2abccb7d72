"""Every YAML data file maps each key once (session 27).

YAML readers keep the last of two equal keys without a word, so a key written twice (two branches adding the
same phrase or refinement, merged side by side) hides the first value and reads as a change nobody made. The
shipped readers use the fast C loader and do not check; this test does, over every data file we ship."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA_FILES = sorted((Path(__file__).resolve().parents[1] / "src" / "detente").rglob("*.yml"))


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping naming one key twice."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise AssertionError(f"key {key!r} on line {line} is also on line {seen[key]}")
        seen[key] = line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def test_the_data_files_are_found() -> None:
    assert len(DATA_FILES) >= 10
    assert any(p.name == "event_patterns.yml" for p in DATA_FILES)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_no_key_is_written_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader subclass)


def test_a_key_written_twice_is_caught() -> None:
    with pytest.raises(AssertionError, match="'take' on line 2 is also on line 1"):
        yaml.load("take: 1\ntake: 1\n", Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader subclass)
