# The two commands of the README:
#   make run   set up everything on a fresh machine and serve the timeline on http://127.0.0.1:8000/
#   make test  set up everything and run the test suite (SQLite, or PostgreSQL with DATABASE_URL)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run serve test setup data lint format clean schema

# What the local database is made from: when none of it changed since the database was last filled, `make run`
# goes straight to serving (a second run serves in a few seconds instead of re-reading every seed). With
# DATABASE_URL set, the database is elsewhere and is filled on every run (every step is idempotent).
DATA_INPUTS := $(STAMP) $(wildcard seeds/* fixtures/* */migrations/*.py facts/extraction/*.py \
	facts/extraction/dates/*.py facts/services/*.py intake/services.py corpus/services.py corpus/ingestion/*.py)
ifeq ($(strip $(DATABASE_URL)),)
DATABASE := db.sqlite3
else
DATABASE := fill-database
.PHONY: fill-database
endif

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

$(DATABASE): $(DATA_INPUTS)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py ingest seeds/ --no-extract
	$(BIN)/python manage.py load_timeline fixtures/
	$(BIN)/python manage.py ingest seeds/
	@[ "$@" = fill-database ] || touch $@

data: $(DATABASE)

run: data serve

# Only the server, on the database as it is.
serve: setup
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The API contracts, committed so that every API change shows in review (tests fail when they drift).
schema: setup
	$(BIN)/python manage.py spectacular --validate --fail-on-warn --file schema/openapi.yaml
	$(BIN)/python manage.py graphql_schema --schema config.schema.schema --out schema/schema.graphql

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
