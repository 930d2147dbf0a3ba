# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: run test bench clean

run: $(VENV)/.installed
	$(PY) main.py

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Figures, not pass/fail: library import/search, NER accuracy, quote attribution, analysis and UI
# speed, UI-thread stalls after start, export and print speed of a 1 MB document.
bench: $(VENV)/.installed-test
	$(PY) benchmarks/library_bench.py
	$(PY) benchmarks/ner_eval.py
	$(PY) benchmarks/quote_eval.py
	$(PY) benchmarks/analysis_speed.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/ui_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup_stall.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/export_bench.py

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Re-install only when pyproject.toml changed (the stamp files are older than it).
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build *.egg-info
