"""Re-run every ``$ command`` in the README's ```console blocks and put its real output under it.

    .venv/bin/python scripts/update_readme.py          # rewrite README.md in place
    .venv/bin/python scripts/update_readme.py --check  # exit 1 if any output differs (stale README)

Commands run from the repository root with .venv/bin first on PATH; long outputs are cut to
``MAX_LINES`` lines (the cut is marked).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MAX_LINES = 25
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def run(command: str) -> str:
    env = {**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}:{os.environ['PATH']}", "COLUMNS": "150"}
    proc = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True, env=env, timeout=900)
    lines = (proc.stdout + proc.stderr).rstrip("\n").splitlines()
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + [f"... ({len(lines) - MAX_LINES} more lines)"]
    return "\n".join(line.rstrip() for line in lines)


def render(block: str) -> str:
    out = []
    for line in block.splitlines():
        if line.startswith("$ "):
            out.append(line)
            result = run(line[2:])
            if result:
                out.append(result)
    return "\n".join(out) + "\n"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = BLOCK.sub(lambda m: "```console\n" + render(m.group(1)) + "```", text)
    if "--check" in sys.argv:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
