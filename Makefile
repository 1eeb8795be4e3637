# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-core test-ui lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/mou-studio

# Core and UI tests run in separate processes: PySide6 can crash at teardown when Qt
# tests share a process with other suites.
test: test-core test-ui

# pytest exits 5 when it collected no test: that is a broken suite, said out loud.
test-core: $(STAMP)
	$(BIN)/python -m pytest tests/core -q || { rc=$$?; \
	  [ $$rc -ne 5 ] || echo "make: tests/core collected no test" >&2; exit $$rc; }

test-ui: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/ui -q || { rc=$$?; \
	  [ $$rc -ne 5 ] || echo "make: tests/ui collected no test" >&2; exit $$rc; }

lint: $(STAMP)
	$(BIN)/ruff check mou_studio tests benchmarks packaging
	$(BIN)/pyright

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
