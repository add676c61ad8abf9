# One-command set-up: `make demo` runs the extractor on an example article (installing only the
# package and its dependencies), `make test` runs lint, type checks and the test suite (installing
# the development tools too). Both build .venv from pyproject.toml on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STAMP := $(VENV)/.demo
# The oldest and newest other Pythons on this machine (see .ci/pythons), for `make test-pythons`.
PYTHONS ?= $(shell .ci/pythons)
# What runs on those: every test but the slow end-to-end ones (wheel builds, the Dask cluster, the
# dev-set score) and the timing ones (linear growth), which run on the default Python in `make test`.
OTHER_PYTEST ?= -q -p no:cacheprovider --ignore=tests/test_packaging.py --ignore=tests/test_dask.py \
	--ignore=tests/test_devset.py -k "not linear"

.PHONY: demo test lint typecheck pytest test-pythons compiled test-compiled notebook score bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DEMO_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,pandas,dask]'
	touch $@

demo: $(DEMO_STAMP)
	$(BIN)/vn-newsie extract examples/hoi-nghi-tinh-uy.txt --published 2024-07-12

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck pytest

# A venv per Python (.venv-3.10, ...), rebuilt when pyproject.toml changes.
test-pythons:
	@set -e; for py in $(PYTHONS); do \
	  v=$$($$py -c 'import sys; print("%d.%d" % sys.version_info[:2])'); env=.venv-$$v; \
	  echo "== Python $$v ($$py)"; \
	  if [ ! $$env/.installed -nt pyproject.toml ]; then \
	    $$py -m venv $$env && $$env/bin/python -m pip install --quiet --upgrade pip \
	    && $$env/bin/python -m pip install --quiet -e '.[test,pandas]' && touch $$env/.installed; \
	  fi; \
	  $$env/bin/python -m pytest $(OTHER_PYTEST); \
	done

# The compiled build (mypyc, see pyproject.toml) in its own venv, .venv-compiled: installed from a
# copy of the tree, because the build hook compiles in place and .so files left in src/ would be
# imported instead of the .py files being edited. The runtime dependencies go in first, with the
# pure package, so that the compiling mypy sees their types.
COMPILED := .venv-compiled
COMPILED_STAMP := $(COMPILED)/.installed
$(COMPILED_STAMP): pyproject.toml $(shell find src -name '*.py')
	rm -rf $(COMPILED) && $(PYTHON) -m venv $(COMPILED)
	$(COMPILED)/bin/python -m pip install --quiet --upgrade pip
	tmp=$$(mktemp -d) && cp -r pyproject.toml README.md LICENSE src data $$tmp/ \
	&& $(COMPILED)/bin/python -m pip install --quiet "$$tmp[test,pandas]" \
	   hatchling hatch-mypyc==0.16.0 mypy==2.4.1 types-regex types-dateparser \
	&& HATCH_BUILD_HOOK_ENABLE_MYPYC=1 $(COMPILED)/bin/python -m pip install --quiet \
	   --no-build-isolation --no-deps --force-reinstall $$tmp \
	&& rm -rf $$tmp
	$(COMPILED)/bin/python -c 'import vn_newsie, sys; sys.exit(not vn_newsie.COMPILED)'
	touch $@

compiled: $(COMPILED_STAMP)

# The test suite against the compiled build, the dev-set ratchet included (the wheel-building,
# Dask and timing tests run in `make test`).
test-compiled: $(COMPILED_STAMP)
	$(COMPILED)/bin/python -m pytest -q -p no:cacheprovider --ignore=tests/test_packaging.py \
	  --ignore=tests/test_dask.py -k "not linear"

# Re-run examples/notebook.ipynb in place, keeping its outputs (the highlighted article, the chart).
notebook: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[notebook]'
	$(BIN)/python scripts/run_notebook.py examples/notebook.ipynb

score: $(STAMP)
	$(BIN)/python ../shared/eval/score.py ../shared/dev

bench: $(STAMP) $(COMPILED_STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .venv-3.* $(COMPILED) build dist .pytest_cache .mypy_cache .ruff_cache
