# Two commands do all the set-up themselves: `make report` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CORPUS ?=
OUT    ?= reports
PYTEST_ARGS ?=

.PHONY: install report test lab lint notebooks clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Run the curated notebooks on the bundled data (or CORPUS=path) and write HTML reports.
report: $(STAMP)
	$(BIN)/toolkit report --out $(OUT) $(if $(CORPUS),--corpus $(CORPUS))

## Every test: unit tests, then the committed notebooks under strict nbval.
test: $(STAMP)
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg $(PYTEST_ARGS)

## JupyterLab on the project root: notebooks/ and reports/ (as root, --allow-root is needed).
lab: $(STAMP)
	@echo "JupyterLab serves $(CURDIR): open notebooks/ for the notebooks, $(OUT)/ for the reports (the URL follows)."
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) $(if $(filter 0,$(shell id -u)),--allow-root)

## Re-execute the committed notebooks in place (after changing the package).
notebooks: $(STAMP)
	$(BIN)/toolkit execute-notebooks

lint: $(STAMP)
	$(BIN)/ruff check toolkit tests benchmarks

clean:
	rm -rf $(OUT) .pytest_cache
