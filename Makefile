# The two commands: `make demo` runs the hub on its embedded default, `make test` passes the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/hub db upgrade
	$(BIN)/hub agreements load
	$(BIN)/hub demo
	$(BIN)/hub serve --host 127.0.0.1 --port 5000

lint: $(STAMP)
	$(BIN)/ruff check hub tests tools
	$(BIN)/ruff format --check hub tests tools
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m tools.bench

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
