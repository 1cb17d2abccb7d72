"""Re-run every ``$ command`` in the README's ```console blocks and put its real output under it.

    .venv/bin/python scripts/update_readme.py          # rewrite README.md in place
    .venv/bin/python scripts/update_readme.py --check  # exit 1, naming each stale section (``make test``)

The commands run in order, as one session, in a fresh temporary folder laid out like a checkout: the
repository's files linked into ``TMP/detente`` (the working folder) and ``TMP/shared`` linked to
``../shared`` (or ``$DETENTE_SHARED``), with ``.venv/bin`` first on PATH. So ``demo.duckdb`` and every other
file a command writes starts absent, whatever the checkout holds, and nothing is written into it. What an
output would owe to this machine rather than to detente is made the same everywhere:

- the temporary folders are written ``/path/to/detente`` and ``/path/to/shared`` (``detente info`` prints
  the database's absolute path);
- stdout comes first, then stderr (captured apart: their interleaving on a terminal depends on timing);
- ``CMD | head -N`` is run as ``CMD`` and cut to N lines of stdout here: with a real pipe, ``head`` exiting
  early makes CMD's later writes fail or not depending on the machine's load;
- long outputs are cut to ``MAX_LINES`` lines (the cut is marked);
- ``--check`` also ignores the Python patch version (``3.11.7`` and ``3.11.9`` compare equal).

Without ``../shared`` the check says so and passes (the tests that need it skip too).
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
MAX_LINES = 25
BLOCK = re.compile(r"```console\n(.*?)```", re.S)
HEADING = re.compile(r"^#+ +(.+)$", re.M)
HEAD = re.compile(r"^(?P<command>.+?) *\| *head -(?:n *)?(?P<lines>\d+) *$")
WORK, SHARED_AS = "/path/to/detente", "/path/to/shared"
# what a command may write into the working folder: never linked from the checkout
OUTPUTS = (".duckdb", ".wal", ".html", ".jsonl", ".csv")
NOT_LINKED = {".git", ".venv", "build", "out", "dist", "test-artifacts", ".pytest_cache", ".ruff_cache", "__pycache__"}
# only for --check: the same detente on another Python 3.11 gives the same outputs
PYTHON_PATCH = re.compile(r'("python": "3\.\d+)\.\d+"')


class Session:
    """A temporary checkout-shaped folder the README's commands run in, one after another."""

    def __init__(self, tmp: Path) -> None:
        self.cwd = tmp / "detente"
        self.cwd.mkdir()
        for entry in ROOT.iterdir():
            if entry.name not in NOT_LINKED and not entry.name.endswith(OUTPUTS):
                (self.cwd / entry.name).symlink_to(entry)
        (tmp / "shared").symlink_to(SHARED.resolve())
        self.paths = [(str(p), WORK) for p in {self.cwd, self.cwd.resolve()}]
        self.paths += [(str(p), SHARED_AS) for p in {tmp / "shared", SHARED.resolve()}]
        self.paths.sort(key=lambda pair: -len(pair[0]))  # the longest first: one may contain another
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("DETENTE_")}
        self.env.update(PATH=f"{ROOT / '.venv' / 'bin'}:{os.environ['PATH']}", COLUMNS="150", TERM="dumb")

    def run(self, command: str) -> str:
        cut = HEAD.match(command)
        proc = subprocess.run(
            cut["command"] if cut else command,
            shell=True,
            cwd=self.cwd,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=900,
        )
        out = proc.stdout.splitlines()
        if cut:
            out = out[: int(cut["lines"])]
        lines = out + proc.stderr.splitlines()
        if len(lines) > MAX_LINES:
            lines = lines[:MAX_LINES] + [f"... ({len(lines) - MAX_LINES} more lines)"]
        text = "\n".join(line.rstrip() for line in lines).strip("\n")
        for path, name in self.paths:
            text = text.replace(path, name)
        return text

    def render(self, block: str) -> str:
        out = []
        for line in block.splitlines():
            if line.startswith("$ "):
                out.append(line)
                result = self.run(line[2:])
                if result:
                    out.append(result)
        return "\n".join(out) + "\n"


def section(text: str, offset: int) -> str:
    """The heading a README offset is under."""
    headings = [m for m in HEADING.finditer(text) if m.start() < offset]
    return headings[-1].group(1).strip() if headings else "(top)"


def regenerate(text: str) -> tuple[str, list[str]]:
    """The README with every block's output renewed, and a report of each stale block."""
    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="detente-readme-") as tmp:
        session = Session(Path(tmp))

        def renew(match: re.Match[str]) -> str:
            old = match.group(1)
            new = session.render(old)
            if PYTHON_PATCH.sub(r'\1"', new) != PYTHON_PATCH.sub(r'\1"', old):
                line = text.count("\n", 0, match.start()) + 1
                diff = difflib.unified_diff(old.splitlines(), new.splitlines(), "README.md", "now", n=1, lineterm="")
                stale.append(
                    f"README.md:{line}: section '{section(text, match.start())}': stale output\n" + "\n".join(diff)
                )
            return "```console\n" + new + "```"

        new_text = BLOCK.sub(renew, text)
    return new_text, stale


def main() -> int:
    check = "--check" in sys.argv
    if not SHARED.is_dir():
        print(f"update_readme: {SHARED} not found: the README's commands need ../shared; nothing checked")
        return 0 if check else 1
    if not (ROOT / ".venv" / "bin" / "detente").exists():
        print("update_readme: .venv/bin/detente not found: run make install first", file=sys.stderr)
        return 2
    started = time.monotonic()
    text = README.read_text(encoding="utf-8")
    new, stale = regenerate(text)
    took = f"{time.monotonic() - started:.0f} s"
    if check:
        for report in stale:
            print(report, file=sys.stderr)
        if stale:
            print(
                f"update_readme: {len(stale)} README block(s) stale ({took}); regenerate: "
                ".venv/bin/python scripts/update_readme.py",
                file=sys.stderr,
            )
            return 1
        print(f"update_readme: README outputs current ({took})")
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"update_readme: {len(stale)} README block(s) renewed ({took})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
