#!/usr/bin/env bash
# Regenerate requirements.lock from the working .venv (every package pinned, the build tools included,
# the project itself excluded). Run after adding a dependency to pyproject.toml and installing it.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip freeze --all --exclude-editable | grep -vE '^(-e |pip==|detente[= ])' | sort -f > requirements.lock
echo "requirements.lock: $(wc -l < requirements.lock) packages"
