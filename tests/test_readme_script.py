"""scripts/update_readme.py, the README check ``make test`` runs: outputs that do not depend on the machine
(paths, stream interleaving, a racing ``| head``) and a stale block named by its section."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("update_readme", ROOT / "scripts" / "update_readme.py")
assert spec and spec.loader
update_readme = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update_readme)


def test_outputs_do_not_depend_on_the_machine(tmp_path: Path) -> None:
    session = update_readme.Session(tmp_path)
    assert session.run("pwd") == "/path/to/detente"
    assert session.run("ls -d ../shared") == "../shared"
    assert session.run("echo err >&2; echo out") == "out\nerr"  # stdout first, whatever the timing
    assert session.run("seq 1 100000 | head -3") == "1\n2\n3"  # cut here, not by a pipe that may break
    assert session.run("seq 1 40").endswith("25\n... (15 more lines)")
    assert not (tmp_path / "detente" / "demo.duckdb").exists()
    session.run("touch demo.duckdb")  # what a command writes stays in the session's folder
    assert (tmp_path / "detente" / "demo.duckdb").is_file() and not (ROOT / "demo.duckdb").is_symlink()


def test_a_stale_block_is_named_by_its_section() -> None:
    readme = (
        "# Top\n\n## stats\n\n```console\n$ echo fresh\nstale\n```\n\n## info\n\n```console\n$ echo same\nsame\n```\n"
    )
    renewed, stale = update_readme.regenerate(readme)
    assert renewed == readme.replace("stale", "fresh")
    assert len(stale) == 1 and "section 'stats'" in stale[0] and "README.md:5" in stale[0]
    assert update_readme.regenerate(renewed)[1] == []
