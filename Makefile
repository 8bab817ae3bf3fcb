# Wellness Journal: `make run` sets everything up and starts the app; `make test` sets everything
# up and runs the whole test suite.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The app and exactly the versions in the lock file (all `make run` needs).
STAMP := $(VENV)/.installed
# The developer tools on top (ruff, mypy, pytest...), for `make test` only.
DEV_STAMP := $(VENV)/.installed-dev
UV_VERSION := 0.13.9

.PHONY: run test demo check-qt bench screenshots lock package package-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml requirements/app.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/app.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP)

run: $(STAMP) check-qt
	$(BIN)/wellness-journal

demo: $(STAMP) check-qt
	$(BIN)/wellness-journal --demo

check-qt:
	@$(BIN)/python packaging/check_qt_libs.py

test: $(DEV_STAMP)
	$(BIN)/ruff check src tests benchmarks packaging tools
	$(BIN)/ruff format --check src tests benchmarks packaging tools
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The README's screenshots (docs/screenshots/), from the demo journal, offscreen.
screenshots: $(STAMP)
	$(BIN)/python tools/readme_screenshots.py --out docs/screenshots

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py

# Regenerate the lock files after changing the dependencies in pyproject.toml (needs PyPI).
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --universal --generate-hashes --python-version 3.10 \
	    --custom-compile-command "make lock" --quiet -o requirements/app.txt
	$(BIN)/uv pip compile pyproject.toml requirements/build.in -c requirements/app.txt \
	    --universal --generate-hashes --python-version 3.10 \
	    --custom-compile-command "make lock" --quiet -o requirements/build.txt

# The Linux bundle (dist/wellness-journal/) and the .deb, through the script the release uses.
package:
	packaging/build.sh linux

# Builds the bundle and the .deb (checking the size budget and that nothing in the bundle can
# reach the network), smoke-tests the bundle under strace (0 internet sockets), runs the bundle
# and .deb tests (as root they install the .deb with apt, run it and remove it) and prints the
# start-up figures of the bundle beside the source install. Not part of `make test` or .ci/run.
package-test: $(DEV_STAMP)
	packaging/build.sh linux
	$(BIN)/python packaging/smoke_test.py dist/wellness-journal --strace
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider packaging/tests
	$(BIN)/python benchmarks/startup.py --bundle dist/wellness-journal --runs 3

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
