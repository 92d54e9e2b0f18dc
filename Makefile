# Samordna: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
VENV ?= .venv
PYTHON ?= python3
PORT ?= 8080
DATABASE ?= ./data/samordna.sqlite

.PHONY: browser-deps report-screenshot crash-test bench run test deps venv build-tests unit-tests contract-fuzz spec-check generated-client openapi format-check format release clean

## run: build (release), create and seed the database, serve the API on 127.0.0.1:$(PORT)
run: deps release
	SAMORDNA_PORT=$${SAMORDNA_PORT:-$(PORT)} SAMORDNA_DATABASE=$${SAMORDNA_DATABASE:-$(DATABASE)} .build/release/samordna serve

## test: everything that checks the project (what CI runs)
test: deps browser-deps spec-check generated-client format-check contract-fuzz unit-tests

deps:
	@scripts/install-system-deps.sh

## browser-deps: test-only: chromium (headless) and poppler-utils, to print and read the reports as a person gets them
browser-deps:
	@scripts/install-browser-deps.sh

## report-screenshot: print the fixture's final report with chromium and keep its first page as docs/final-report-first-page.png
report-screenshot: deps browser-deps build-tests
	SAMORDNA_REPORT_SCREENSHOT=$(CURDIR)/docs/final-report-first-page.png $(SWIFT) test --skip-build --filter PrintableReportTests

$(VENV)/.installed: requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

release:
	$(SWIFT) build -c release --product samordna

build-tests:
	$(SWIFT) build --build-tests

unit-tests: build-tests
	$(SWIFT) test --skip-build

## contract-fuzz: schemathesis over every operation of openapi.yaml against the real server (bounded, seeded)
contract-fuzz: venv build-tests
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-100} scripts/contract-fuzz.sh

spec-check: venv
	$(VENV)/bin/python scripts/validate-openapi.py openapi.yaml
	@$(VENV)/bin/python scripts/openapi/generate.py | diff -q - openapi.yaml >/dev/null \
	  || { echo "openapi.yaml is not what scripts/openapi/generate.py makes: run make openapi"; exit 1; }

## generated-client: a common generator (openapi-python-client) makes every operation from openapi.yaml
generated-client: venv
	$(VENV)/bin/python scripts/generated-client-check.py

## openapi: write openapi.yaml from its generator
openapi: venv
	$(VENV)/bin/python scripts/openapi/generate.py > openapi.yaml

PYTHON_SOURCES = scripts/openapi scripts/fixtures scripts/generated-client-check.py fuzz/hooks.py

format-check: venv
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	$(VENV)/bin/black --check --quiet --line-length 120 $(PYTHON_SOURCES)

format: venv
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift
	$(VENV)/bin/black --quiet --line-length 120 $(PYTHON_SOURCES)

## bench: release build, peers in .venv-bench, data at 5k/100k/1M; a core for the servers, one for wrk; writes docs/benchmarks.{md,json}
bench: deps release .venv-bench/.installed
	@command -v wrk >/dev/null && command -v taskset >/dev/null || { $${SUDO:-} apt-get update -qq && DEBIAN_FRONTEND=noninteractive $${SUDO:-} apt-get install -y -qq wrk util-linux >/dev/null; }
	$(PYTHON) bench/run.py --scales 5000,100000,1000000 --peers-at 100000

.venv-bench/.installed: bench/requirements.txt
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	touch $@

## crash-test: SIGKILL the release server at random moments while writing; nothing acknowledged may be lost
crash-test: deps release
	$(PYTHON) scripts/crash-test.py --binary .build/release/samordna --kills $${KILLS:-25} --json docs/crash-test.json

clean:
	rm -rf .build $(VENV)
