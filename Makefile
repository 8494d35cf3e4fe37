# Two commands do everything: `make run` opens the dashboard, `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test eval lint bench browser clean dask scale

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: install python3.11 (or run make PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements-dask.txt requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

$(VENV)/.dask: requirements-dask.txt requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dask.txt
	touch $(VENV)/.runtime $@

# The Dask engine: `make dask`, then `.venv/bin/python -m comparer compare --engine dask ...`
dask: $(VENV)/.dask

scale: $(VENV)/.dev
	$(BIN)/python benchmarks/scale.py

run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py --server.port $(PORT)

browser:
	@bash scripts/ensure-browser.sh

test: $(VENV)/.dev browser
	$(BIN)/ruff check comparer tests app.py benchmarks
	$(BIN)/python -m pytest

eval: $(VENV)/.runtime
	$(BIN)/python -m comparer.evaluate

lint: $(VENV)/.dev
	$(BIN)/ruff check comparer tests app.py benchmarks

$(VENV)/.bench: requirements-bench.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-bench.txt
	touch $@

bench: $(VENV)/.dev $(VENV)/.bench
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/match.py
	$(BIN)/python benchmarks/page.py
	$(BIN)/python benchmarks/browser_page.py
	$(BIN)/python benchmarks/adversarial.py || true  # prints which patterns miss the bound
	$(BIN)/python benchmarks/sessions.py
	$(BIN)/python benchmarks/equate.py

clean:
	rm -rf $(VENV) .pytest_cache eval-results.json
