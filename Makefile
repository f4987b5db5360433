# newsgraph — `make demo` runs the main job on examples/, `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsgraph.db

.PHONY: demo test install dev bench eval lint clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

dev: $(BIN)/python
	$(BIN)/pip install -q -e ".[dev]"

demo: install
	$(BIN)/newsgraph ingest examples --db $(DB)
	$(BIN)/newsgraph stats --db $(DB)

test: dev
	$(BIN)/python -m pytest -q

eval: dev
	$(BIN)/newsgraph eval gate --full

bench: install
	$(BIN)/python bench/bench.py ../shared/data/polnear/train/text

lint: dev
	$(BIN)/ruff check src tests
	$(BIN)/mypy src/newsgraph

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm build *.egg-info
