# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
# Every install goes through the lock (the whole tree pinned), so a fresh machine gets what CI
# tested; build dependencies (setuptools) too. Regenerate it with `make lock`.
LOCK   := requirements/constraints.txt
# (setuptools' note that an editable install of a mapped layout uses an import finder is silenced:
# that finder is how resources/ and seeds/ are found as package data, see README "Layout".)
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install --quiet -c $(LOCK) --build-constraint $(LOCK)

.PHONY: run test bench translations lock lock-upgrade check-lock install-desktop uninstall-desktop desktop-caches clean

# Bytecode first, as a wheel's install does (only changed files; where PYTHONDONTWRITEBYTECODE is set
# the checkout would otherwise compile every module at each start).
run: $(VENV)/.installed
	$(PY) -m compileall -q -j 0 desktop_app > /dev/null
	$(PY) main.py

# The import contracts first (.importlinter: layers, a Qt-free core, the engine's stages, no circles).
test: $(VENV)/.installed-test
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Figures, not pass/fail: library import/search, NER accuracy, quote attribution, analysis and UI
# speed, UI-thread stalls after start, launch to a full window against a bare one, export and print
# speed of a 1 MB document.
bench: $(VENV)/.installed-test
	$(PY) benchmarks/library_bench.py
	$(PY) benchmarks/ner_eval.py
	$(PY) benchmarks/quote_eval.py
	$(PY) benchmarks/analysis_speed.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/ui_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup_stall.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup_time.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/export_bench.py
	$(PY) benchmarks/viewpoint_eval.py
	$(PY) benchmarks/viewpoint_speed.py
	$(PY) benchmarks/import_cost.py
	$(PY) benchmarks/import_fuzz.py --per-format 200
	$(PY) benchmarks/kill_test.py

# The Swedish interface: lupdate collects every tr()/translate() string of desktop_app/ui into the .ts
# (new strings come in unfinished: translate them there, e.g. with pyside6-linguist), lrelease
# compiles the .qm that ships as package data. tests/ui/test_translations.py fails when either is stale.
TS := resources/translations/viewpoints_sv.ts
translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -source-language en -target-language sv \
		desktop_app/ui/*.py -ts $(TS)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(TS:.ts=.qm)

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Re-install only when pyproject.toml or the lock changed (the stamp files are older than them).
# A dependency that pyproject.toml names but the lock does not pin stops here: "run make lock".
$(VENV)/.installed: pyproject.toml $(LOCK) | $(PY)
	$(PY) requirements/check_lock.py
	$(PIP_INSTALL) -e . || { echo "install failed; if the pins conflict with pyproject.toml: make lock" >&2; exit 1; }
	touch $@

$(VENV)/.installed-test: pyproject.toml $(LOCK) | $(PY)
	$(PY) requirements/check_lock.py
	$(PIP_INSTALL) -e ".[test]" || { echo "install failed; if the pins conflict with pyproject.toml: make lock" >&2; exit 1; }
	touch $@ $(VENV)/.installed

check-lock: | $(PY)
	$(PY) requirements/check_lock.py

# The lock: every package of the dependencies and the test extras, for Python 3.11 and newer on
# every platform (uv's universal resolution). Pins already in the file are kept unless a new
# dependency needs another version, so re-running it after adding a dependency changes only what
# it must; `make lock-upgrade` moves everything to the newest versions the ranges allow.
UV_COMPILE = $(VENV)/bin/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 \
	--custom-compile-command "make lock" --quiet -o $(LOCK)

lock: | $(PY)
	$(PY) -m pip install --quiet "uv>=0.9"
	$(UV_COMPILE)
	$(PY) requirements/check_lock.py

lock-upgrade: | $(PY)
	$(PY) -m pip install --quiet "uv>=0.9"
	$(UV_COMPILE) --upgrade
	$(PY) requirements/check_lock.py

# The desktop entry, AppStream metainfo and icon, for the current user (no root needed).
# Exec= points at this checkout's venv unless VIEWPOINTS_BIN says otherwise
# (e.g. `make install-desktop VIEWPOINTS_BIN=viewpoints` after `pip install --user`).
DESKTOP_ID    := io.github.viewpoints.Viewpoints
XDG_DATA_HOME ?= $(HOME)/.local/share
ifeq ($(origin VIEWPOINTS_BIN),undefined)
VIEWPOINTS_BIN := $(abspath $(VENV)/bin/viewpoints)
DESKTOP_NEEDS  := $(VENV)/.installed
endif
APPS_DIR     = $(XDG_DATA_HOME)/applications
METAINFO_DIR = $(XDG_DATA_HOME)/metainfo
ICONS_DIR    = $(XDG_DATA_HOME)/icons/hicolor

install-desktop: $(DESKTOP_NEEDS)
	mkdir -p "$(APPS_DIR)" "$(METAINFO_DIR)" "$(ICONS_DIR)/scalable/apps"
	sed -e 's|^Exec=viewpoints |Exec="$(VIEWPOINTS_BIN)" |' -e 's|^TryExec=viewpoints$$|TryExec=$(VIEWPOINTS_BIN)|' \
		resources/desktop/$(DESKTOP_ID).desktop > "$(APPS_DIR)/$(DESKTOP_ID).desktop"
	cp resources/desktop/$(DESKTOP_ID).metainfo.xml "$(METAINFO_DIR)/"
	cp resources/icons/app.svg "$(ICONS_DIR)/scalable/apps/$(DESKTOP_ID).svg"
	$(MAKE) --no-print-directory desktop-caches
	@echo "installed $(DESKTOP_ID) into $(XDG_DATA_HOME) (Exec: $(VIEWPOINTS_BIN))"

uninstall-desktop:
	rm -f "$(APPS_DIR)/$(DESKTOP_ID).desktop" "$(METAINFO_DIR)/$(DESKTOP_ID).metainfo.xml" \
		"$(ICONS_DIR)/scalable/apps/$(DESKTOP_ID).svg"
	$(MAKE) --no-print-directory desktop-caches
	@echo "removed $(DESKTOP_ID) from $(XDG_DATA_HOME)"

# The caches that file managers and menus read (MIME type -> application, icons), where the
# tools exist. No MIME type of our own is defined, so the MIME database itself needs no update.
desktop-caches:
	@if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$(APPS_DIR)"; fi
	@if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$(ICONS_DIR)" ]; then \
		gtk-update-icon-cache -q -f -t "$(ICONS_DIR)"; fi

clean:
	rm -rf $(VENV) build *.egg-info
