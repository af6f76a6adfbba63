# The two commands a new user runs: `make run` and `make test`.
# Everything else (lint, bench) is for developers.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
ifeq ($(OS),Windows_NT)
BIN    := $(VENV)/Scripts
endif
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench fuzz crash dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("hrdoc needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/hrdoc gui

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check hrdoc tests
	$(BIN)/ruff format --check hrdoc tests
	$(BIN)/mypy hrdoc

format: $(STAMP)
	$(BIN)/ruff format hrdoc tests
	$(BIN)/ruff check --fix hrdoc tests

bench: $(STAMP)
	$(BIN)/python -m pytest tests/bench -s -q -p no:randomly --timeout=0

# 200 SIGKILLs across every kind of write (edits, evidence of 50-200 MB,
# bundle import, purge, passphrase change, migration), with the counts
crash: $(STAMP)
	$(BIN)/python -m tests.crash.campaign $${HRDOC_CRASH_KILLS:-200}

# every parser of outside input, far longer than in `make test`; an input that
# fails is kept in tests/fuzz/corpus and replayed by every later run
fuzz: $(STAMP)
	HRDOC_FUZZ_EXAMPLES=$${HRDOC_FUZZ_EXAMPLES:-20000} HRDOC_FUZZ_SAVE=1 \
		$(BIN)/python -m pytest tests/fuzz -q --timeout=0

# the desktop app as one artifact for this machine, with SHA256SUMS (and a
# minisign signature when MINISIGN_SECRET_KEY names a key): packaging/README.md
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python packaging/build_dist.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
