# Two commands on a fresh clone: `make map` builds out/map.html, `make test` runs the tests.
# Each sets up its own virtual environment (.venv) from the locked requirements first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: map test check watch lint lint-js bench clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

map: $(STAMP)
	$(BIN)/python build_map.py

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/python build_map.py check

watch: $(STAMP)
	$(BIN)/python build_map.py watch

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# The page's script (geo/mapping/assets/*.js), with the ESLint of package-lock.json (Node 20).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

lint-js: node_modules/.package-lock.json
	npx --no-install eslint geo/mapping/assets

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf out $(VENV)
