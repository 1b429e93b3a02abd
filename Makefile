# The two commands: `make demo` runs the hub on its embedded default, `make test` passes the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean messages soak corpus
CATALOGUES := hub/translations/da/LC_MESSAGES/messages.mo

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The Danish catalogue, compiled at install and whenever it changes (the .mo is not committed).
hub/translations/%/LC_MESSAGES/messages.mo: hub/translations/%/LC_MESSAGES/messages.po $(STAMP)
	$(BIN)/pybabel compile --statistics -d hub/translations -l $* -D messages

# New message ids from the code and templates into the catalogue, for a person to translate (Babel's
# `update` has no --no-location: the template has no locations to carry over; -w keeps long lines whole).
messages: $(STAMP)
	mkdir -p var
	$(BIN)/pybabel extract -F babel.cfg -k _l -o var/messages.pot --no-location --project hub .
	$(BIN)/pybabel update -i var/messages.pot -d hub/translations -l da -w 110 --no-fuzzy-matching

# `make demo DEMO_PORT=5077` when 5000 is taken.
DEMO_PORT ?= 5000
demo: $(STAMP) $(CATALOGUES)
	$(BIN)/hub db upgrade
	$(BIN)/hub agreements load
	$(BIN)/hub demo
	$(BIN)/hub users demo
	$(BIN)/hub serve --host 127.0.0.1 --port $(DEMO_PORT)

lint: $(STAMP) $(CATALOGUES)
	$(BIN)/ruff check hub tests tools
	$(BIN)/ruff format --check hub tests tools
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q -p no:cacheprovider -n auto --maxprocesses=4 --dist loadfile --no-loadscope-reorder --durations=15

# The fault test at scale: 1,200 uploads under worker SIGKILLs and PostgreSQL and Redis restarts, on
# private servers of its own (tests/ingest/test_faults.py; `make soak SOAK_UPLOADS=3000`).
SOAK_UPLOADS ?= 1200
soak: $(STAMP) $(CATALOGUES)
	HUB_FAULT_UPLOADS=$(SOAK_UPLOADS) $(BIN)/pytest -q -s -p no:cacheprovider tests/ingest/test_faults.py

# `make bench BENCH_WEB_SIZES="1000 10000"` for a shorter run of the web pages' bench; BENCH_ARGS passes
# more options (`python -m tools.bench --help`). The workers' measures need real PostgreSQL and Redis:
# the ones HUB_TEST_DATABASE_URL and HUB_TEST_REDIS_URL name, else private ones started under
# var/bench-servers on BENCH_PG_PORT and BENCH_REDIS_PORT and stopped afterwards.
BENCH_WEB_SIZES ?= 1000 10000 100000
BENCH_ARGS ?=
BENCH_PG_PORT ?= 5599
BENCH_REDIS_PORT ?= 6499
BENCH := $(BIN)/python -m tools.bench --web-sizes $(BENCH_WEB_SIZES) $(BENCH_ARGS)
bench: $(STAMP) $(CATALOGUES)
	@if [ -n "$$HUB_TEST_DATABASE_URL" ] && [ -n "$$HUB_TEST_REDIS_URL" ]; then \
		$(BENCH); \
	else \
		HUB_CI_PG_PORT=$(BENCH_PG_PORT) HUB_CI_REDIS_PORT=$(BENCH_REDIS_PORT) \
			bash scripts/servers.sh start var/bench-servers || exit 1; \
		eval "$$(bash scripts/servers.sh env var/bench-servers)"; \
		$(BENCH); status=$$?; \
		bash scripts/servers.sh stop var/bench-servers; \
		exit $$status; \
	fi

# The reader over public test PDFs (decision 0025, stop 60): qpdf's and pdfium's, at pinned commits, fetched
# once into CORPUS_DIR (`tools/corpus_sources.py`; the network only then, and `make test` never reads
# them). Fails on a crash, a hang, a refusal in a library's words, a value read otherwise, the hub's own
# error, or a form pikepdf reads fields in that the hub refuses (but for buttons or signatures only).
CORPUS_DIR ?= var/corpus
corpus: $(STAMP) $(CATALOGUES)
	$(BIN)/python -m tools.corpus_sources $(CORPUS_DIR)
	$(BIN)/python -m tools.pdf_corpus --values --strict $(CORPUS_DIR)/qpdf $(CORPUS_DIR)/pdfium

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
