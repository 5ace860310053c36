# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make demo   - the whole pipeline on the bundled offline snapshot
#   make test   - the test suite
# Both create .venv when missing and install the pinned dependencies (constraints.txt).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/landscape demo

test: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,bench]'
	$(BIN)/python bench/bench_matching.py --json data/bench_matching.json
	$(BIN)/python bench/bench_cordis.py
	$(BIN)/python bench/bench_registries.py
	$(BIN)/python bench/bench_patents.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy extractors transforms schemas warehouse landscape

clean:
	rm -rf data .pytest_cache .mypy_cache .ruff_cache
