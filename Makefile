# Openings — build and test. Every target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/openings

.PHONY: all site test deps build release clean embed-theme embed-data embed-check iso-codes check

all: site

## deps: install libcmark-dev (apt-get) when pkg-config cannot find libcmark
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "installing libcmark-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi

## build: debug build
build: deps
	$(SWIFT) build

## release: optimised binary at .build/release/openings
release: deps
	$(SWIFT) build -c release --product openings

## site: build the example site in this repository into Public/
site: release
	$(BIN) build --site .

## check: validate the example site
check: release
	$(BIN) check --site .

## test: the whole test suite (unit tests and end-to-end runs of the binary)
test: deps embed-check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## embed-data: refresh the rule tables (Data/*.yml) compiled into the binary
embed-data:
	python3 Scripts/embed-data.py

## embed-theme: refresh the copy of Themes/default compiled into the binary
embed-theme:
	python3 Scripts/embed-default-theme.py

## iso-codes: refresh Data/iso-codes/ from Debian's iso-codes package (installed or
## upgraded first) and regenerate the ISO tables compiled into the binary
iso-codes:
	$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iso-codes
	python3 Scripts/generate-iso-codes.py --import

# The compiled-in default theme, rule tables and ISO tables must match Themes/default,
# Data/*.yml and Data/iso-codes/.
embed-check:
	@python3 Scripts/embed-default-theme.py --check
	@python3 Scripts/embed-data.py --check
	@python3 Scripts/generate-iso-codes.py --check

clean:
	rm -rf .build Public/*

## verify: build the example site and check it with the W3C Nu validator, linkchecker,
## axe-core in headless Chromium, extruct (JobPosting JSON-LD), xmllint (sitemap, Atom)
## and docs/jobs.schema.json; installs what is missing. See docs/verify.md.
VERIFY_DIR := .build/verify
VERIFY_VENV := .build/verify-venv
VERIFY_EPOCH ?= 1795824000
.PHONY: verify verify-selftest verify-site verify-deps

verify: verify-site
	$(VERIFY_VENV)/bin/python Scripts/verify/verify.py $(VERIFY_DIR)/site --screenshots $(VERIFY_DIR)/screenshots

## verify-selftest: break copies of the site one way at a time; every check must fail
verify-selftest: verify-site
	$(VERIFY_VENV)/bin/python Scripts/verify/verify.py $(VERIFY_DIR)/site --selftest

verify-site: release verify-deps
	@mkdir -p $(VERIFY_DIR)
	SOURCE_DATE_EPOCH=$(VERIFY_EPOCH) $(BIN) build --site . --output $(VERIFY_DIR)/site

verify-deps:
	@bash Scripts/verify/install.sh $(VERIFY_VENV)
