# One-command set-up: `make demo` runs the extractor on an example article, `make test` runs
# lint, type checks and the test suite. Both build .venv from pyproject.toml on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest score bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,pandas,dask]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/vn-newsie extract examples/hoi-nghi-tinh-uy.txt --published 2024-07-12

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck pytest

score: $(STAMP)
	$(BIN)/python ../shared/eval/score.py ../shared/dev

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
