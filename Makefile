# annalyst — the two commands a user needs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SEED := ../shared/corpus/seed/peace-talks-4.txt
OUT := out

.PHONY: setup demo test bench clean

$(BIN)/annalyst: pyproject.toml package.json
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	npm ci --no-audit --no-fund --silent
	touch $(BIN)/annalyst

setup: $(BIN)/annalyst

demo: setup
	$(BIN)/annalyst build $(SEED) --out $(OUT)

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(OUT) node_modules
