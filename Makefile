# The two commands of the README, for a fresh machine with Python 3.11:
#   make demo   installs clickbait_fastai into .venv and prints 20 headlines from the bundled model
#   make test   installs the development tools too and runs every test (notebooks, then pytest)
# `make test-slow` also runs the notebook cells flagged `slow` (real training on ../shared, ~30 minutes).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# constraints.txt keeps torch on its CPU build: a bare `torch` pulls a multi-GB CUDA build
PIP = $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: demo test test-slow install install-dev chromium readme clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip setuptools wheel packaging

$(VENV)/.installed: $(BIN)/python settings.ini setup.py constraints.txt
	$(PIP) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/clickbait_generate

# headless Chromium for the browser test in nbs/04_app.ipynb (`playwright install` needs the internet); needs
# root, and without it that test prints why and skips
chromium:
	-command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

# notebooks run one at a time, each with both cores
test: install-dev chromium
	$(BIN)/nbdev_test --n_workers 1 --timing
	$(BIN)/python -m pytest -q tests

test-slow: install-dev
	$(BIN)/nbdev_test --n_workers 1 --timing --flags slow

# README.md is index.ipynb rendered to Markdown (nbdev_readme needs Quarto, which cannot be installed here)
readme: install-dev
	$(BIN)/jupyter nbconvert --to markdown --log-level WARN index.ipynb --output README

clean:
	rm -rf $(VENV) build dist *.egg-info
