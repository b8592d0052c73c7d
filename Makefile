# Producer Kiosk — `make run` and `make test` do all the setting up themselves.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard assets/i18n/*.ts)
QM := $(TS:.ts=.qm)
RUN_ARGS ?=
DEMO_DIR ?= demo-data

.PHONY: run test lint typecheck unit bench bench-quick soak gallery readme-gallery i18n i18n-web fonts clean setup package

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml scripts/bootstrap.sh
	scripts/bootstrap.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## Start a local office serving the producer website (address printed) and the kiosk
## full-screen, enrolled to it, with demo data and a demo staff PIN (printed at start), all in
## $(DEMO_DIR)/ (never the café's default data dir); delete it to start afresh. The office
## stops when the kiosk quits. Developer: make run RUN_ARGS="--windowed portrait" (Esc quits
## a windowed kiosk); DEMO_OFFICE_HOST=0.0.0.0 lets phones on the network reach the website.
run: setup
	$(BIN)/python scripts/run_demo.py --data-dir $(DEMO_DIR) \
		$(if $(DEMO_OFFICE_HOST),--host $(DEMO_OFFICE_HOST)) \
		$(if $(DEMO_OFFICE_PORT),--port $(DEMO_OFFICE_PORT)) $(RUN_ARGS)

## Lint, type-check and run every test.
test: setup lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests bench scripts
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

## Benchmarks: print figures and ratios against baselines measured in the same run; write
## bench/results/report.md (spreads, plots) and the README's benchmark table from it.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

## The same benchmarks at small sizes, in under five minutes (bench/results/report-quick.md;
## never copied into the README).
bench-quick: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench --quick

## Sync crash soak: kill -9 a syncing kiosk and its office 1,000 times, then audit both
## sides; prints the figures and writes them to bench/results/soak.md (takes a while).
soak: setup
	$(BIN)/python -m tests.sync.crash_harness --kills 1000 --out bench/results/soak.md

## Render every screen full screen at every supported screen size to test-artifacts/gallery/.
gallery: setup
	$(BIN)/python -m kiosk.ui.gallery --out test-artifacts/gallery

## Refresh the README's screenshots (docs/gallery: Japanese and Thai, portrait, 360 px).
readme-gallery: setup
	$(BIN)/python -m kiosk.ui.gallery --out test-artifacts/readme --screens 1080x1920 \
		--languages ja th
	$(BIN)/python -m kiosk.ui.gallery --out test-artifacts/readme --screens 1080x1920 \
		--languages ja th --accessible
	$(BIN)/python scripts/readme_gallery.py test-artifacts/readme docs/gallery

## Frozen, self-contained kiosk in dist/producer-kiosk/ (PyInstaller one-folder; runs on a
## machine with no Python). Smoke test: dist/producer-kiosk/producer-kiosk --self-test DIR
package: setup
	packaging/build.sh

## Developer: refresh the .ts sources from the code (then translate them in Linguist).
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find kiosk/ui -name '*.py' | sort) \
		-ts $(filter-out assets/i18n/kiosk_en.ts,$(TS)) -no-obsolete
	$(BIN)/pyside6-lupdate -pluralonly $$(find kiosk/ui -name '*.py' | sort) \
		-ts assets/i18n/kiosk_en.ts -no-obsolete

## Developer: rebuild the bundled font subsets (needs Debian's fonts-noto-cjk).
## The website's and the console's gettext catalogues: extract from templates and code,
## merge into each language.
i18n-web: $(STAMP)
	$(BIN)/pybabel extract -F kiosk/server/web/babel.cfg --no-location --sort-output \
		--omit-header -k _ -k gettext -k ngettext:1,2 -o kiosk/server/web/locale/website.pot .
	$(BIN)/pybabel update --ignore-obsolete --no-fuzzy-matching \
		-i kiosk/server/web/locale/website.pot -d kiosk/server/web/locale -D website
	$(BIN)/pybabel extract -F kiosk/server/console/babel.cfg --no-location --sort-output \
		--omit-header -k _ -k gettext -k ngettext:1,2 -o kiosk/server/console/locale/console.pot .
	$(BIN)/pybabel update --ignore-obsolete --no-fuzzy-matching \
		-i kiosk/server/console/locale/console.pot -d kiosk/server/console/locale -D console

fonts: $(STAMP)
	$(BIN)/python scripts/subset_fonts.py

clean:
	rm -rf $(VENV) $(QM) test-artifacts .pytest_cache .mypy_cache .ruff_cache .hypothesis \
		.import_linter_cache .grimp_cache
