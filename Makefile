# BIN Desk — developer tasks. `make help` lists them.
# On a fresh clone `make run` and `make test` create .venv and install everything first.

VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
UI_FILES := $(wildcard ui/*.ui)
FORMS    := $(patsubst ui/%.ui,bin_desktop/gui/forms/ui_%.py,$(UI_FILES))
BENCHES  := $(wildcard tests/bench/bench_*.py)

PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help run test lint translations lupdate forms bench bundle frozen-checks screenshots clean distclean

help:
	@echo "make run           open BIN Desk on a demo zone (separate data dir, seeded when empty)"
	@echo "make test          run the test suite headless (PYTEST_ARGS='-k sync' to select)"
	@echo "make lint          ruff check + mypy"
	@echo "make bench         run the benchmarks in tests/bench"
	@echo "make forms         compile ui/*.ui into bin_desktop/gui/forms/ui_*.py"
	@echo "make translations  compile resources/translations/*.ts into .qm"
	@echo "make lupdate       collect new user-facing strings into the .ts files"
	@echo "make bundle        build the one-folder PyInstaller bundle in dist/BINDesk"
	@echo "make frozen-checks run the bundle headless: smoke test, CLI, keyring, sync, start-up"
	@echo "make screenshots   regenerate the user guide's screenshots from the demo zone"
	@echo "make clean         remove build output and caches (distclean also removes .venv)"

# The virtual environment, reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --progress-bar off --upgrade pip
	$(PYTHON) -m pip install --progress-bar off -e '.[dev]'
	touch $@

run: $(STAMP) translations
	$(VENV)/bin/bin-desktop --demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

translations: $(QM_FILES)
	@:

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease $< -qm $@

# core marks its texts with QT_TRANSLATE_NOOP, imported as _N in some modules
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -tr-function-alias QT_TRANSLATE_NOOP+=_N -no-obsolete \
		-locations none $$(find bin_desktop -name '*.py' -not -path '*/forms/*') $(UI_FILES) \
		-ts $(TS_FILES)

forms: $(FORMS)
	@:

bin_desktop/gui/forms/ui_%.py: ui/%.ui | $(STAMP)
	@mkdir -p $(@D)
	$(VENV)/bin/pyside6-uic $< -o $@

bench: $(STAMP)
	@set -e; for bench in $(BENCHES); do \
		echo "== $$bench"; \
		QT_QPA_PLATFORM=offscreen $(PYTHON) $$bench; \
	done

# The bundle extra (PyInstaller) on top of the dev venv, again whenever pyproject.toml changes.
BUNDLE_STAMP := $(VENV)/.installed-bundle

$(BUNDLE_STAMP): $(STAMP)
	$(PYTHON) -m pip install --progress-bar off -e '.[bundle]'
	touch $@

# One folder, dist/BINDesk: the windowed BINDesk and the console bin-desktop (build.spec).
bundle: $(BUNDLE_STAMP) translations
	@start=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec \
		&& echo "bundle built in $$(( $$(date +%s) - start )) s"

frozen-checks:
	.ci/frozen-checks dist/BINDesk

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PYTHON) scripts/screenshots.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
	rm -f $(QM_FILES)
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
