# Openings — build and test. Every target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/openings
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/.*static let number = "\(.*\)"/\1/p' Sources/OpeningsKit/Support/OpeningsVersion.swift)
# The commit `openings --version` names (see Package.swift); `-dirty` when the tree has changes.
COMMIT := $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)$(shell git diff --quiet HEAD -- 2>/dev/null || echo -dirty)
ARCH := $(shell uname -m)
DIST_NAME := openings-$(VERSION)-linux-$(ARCH)
# The self-contained binary: Swift runtime and Foundation (--static-swift-stdlib),
# libcmark, libxml2 with the ICU it is built with, and jemalloc (the archives, through pkg-config
# files that point at a folder holding only them) linked in.
DIST_SCRATCH := .build-dist
DIST_BIN := $(DIST_SCRATCH)/release/openings

.PHONY: all site test deps build release clean embed-theme embed-data compliance-doc embed-check embed-recipes iso-codes country-names check \
        dist-binary install dist dist-check recipe-check

all: site

## deps: install libcmark-dev, libxml2-dev, zlib1g-dev and libjemalloc-dev (apt-get) when pkg-config cannot find them
deps:
	@if ! pkg-config --exists libcmark libxml-2.0 zlib jemalloc 2>/dev/null; then \
		echo "installing libcmark-dev libxml2-dev zlib1g-dev libjemalloc-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev libxml2-dev zlib1g-dev libjemalloc-dev pkg-config; \
	fi

## build: debug build
build: deps
	$(SWIFT) build

## release: optimised binary at .build/release/openings
release: deps
	OPENINGS_COMMIT=$(COMMIT) $(SWIFT) build -c release --product openings

## dist-binary: the self-contained release binary at .build-dist/release/openings
dist-binary: deps
	@mkdir -p $(DIST_SCRATCH)/static-libs $(DIST_SCRATCH)/pkgconfig
	@libdir=$$(pkg-config --variable=libdir libcmark); \
	  test -f "$$libdir/libcmark.a" || { echo "no $$libdir/libcmark.a (libcmark-dev ships it)"; exit 1; }; \
	  ln -sf "$$libdir/libcmark.a" $(DIST_SCRATCH)/static-libs/libcmark.a; \
	  printf 'libdir=%s\nincludedir=%s\n\nName: libcmark\nDescription: libcmark, the archive only\nVersion: %s\nLibs: -L$${libdir} -lcmark\nCflags: -I$${includedir}\n' \
	    "$(abspath $(DIST_SCRATCH))/static-libs" "$$(pkg-config --variable=includedir libcmark)" "$$(pkg-config --modversion libcmark)" \
	    > $(DIST_SCRATCH)/pkgconfig/libcmark.pc
	@libdir=$$(pkg-config --variable=libdir libxml-2.0); \
	  for lib in libxml2 libicuuc libicudata; do \
	    test -f "$$libdir/$$lib.a" || { echo "no $$libdir/$$lib.a (libxml2-dev and libicu-dev ship it)"; exit 1; }; \
	    ln -sf "$$libdir/$$lib.a" $(DIST_SCRATCH)/static-libs/$$lib.a; \
	  done; \
	  printf 'libdir=%s\nincludedir=%s\n\nName: libXML\nDescription: libxml2 and its ICU, the archives only\nVersion: %s\nLibs: -L$${libdir} -lxml2 -licuuc -licudata -lstdc++ -lz -llzma -lm\nCflags: -I$${includedir}/libxml2\n' \
	    "$(abspath $(DIST_SCRATCH))/static-libs" "$$(pkg-config --variable=includedir libxml-2.0)" "$$(pkg-config --modversion libxml-2.0)" \
	    > $(DIST_SCRATCH)/pkgconfig/libxml-2.0.pc
	@# jemalloc goes in as one object, not as its archive: the static Swift runtime links
	@# with --exclude-libs ALL, which hides every archive's symbols, and a malloc the C
	@# library cannot see would leave it allocating with its own (memory freed across
	@# the two allocators is corrupted). An empty archive answers the module's -ljemalloc.
	@libdir=$$(pkg-config --variable=libdir jemalloc); \
	  test -f "$$libdir/libjemalloc_pic.a" || { echo "no $$libdir/libjemalloc_pic.a (libjemalloc-dev ships it)"; exit 1; }; \
	  ld -r --whole-archive "$$libdir/libjemalloc_pic.a" -o $(DIST_SCRATCH)/static-libs/jemalloc.o; \
	  rm -f $(DIST_SCRATCH)/static-libs/libjemalloc.a; ar rc $(DIST_SCRATCH)/static-libs/libjemalloc.a; \
	  printf 'libdir=%s\nincludedir=%s\n\nName: jemalloc\nDescription: jemalloc, linked as one object (see the Makefile)\nVersion: %s\nLibs: -L$${libdir} -ljemalloc -lpthread -ldl -lm\nCflags: -I$${includedir}\n' \
	    "$(abspath $(DIST_SCRATCH))/static-libs" "$$(pkg-config --variable=includedir jemalloc)" "$$(pkg-config --modversion jemalloc)" \
	    > $(DIST_SCRATCH)/pkgconfig/jemalloc.pc
	PKG_CONFIG_PATH=$(abspath $(DIST_SCRATCH))/pkgconfig OPENINGS_COMMIT=$(COMMIT) \
	  $(SWIFT) build -c release --product openings --static-swift-stdlib --scratch-path $(DIST_SCRATCH) \
	  -Xlinker $(abspath $(DIST_SCRATCH))/static-libs/jemalloc.o
	@if ldd $(DIST_BIN) | grep -E 'libswift|libFoundation|libcmark|libdispatch|libicu|libxml2|libjemalloc'; then \
	  echo "$(DIST_BIN) still needs the libraries above"; exit 1; fi
	@nm -D $(DIST_BIN) | grep -q ' T malloc$$' || { echo "$(DIST_BIN) does not export jemalloc's malloc: the C library would keep its own"; exit 1; }

## install: the self-contained binary to $(PREFIX)/bin (PREFIX=/usr/local; DESTDIR for packaging)
install: dist-binary
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -s -m 755 $(DIST_BIN) "$(DESTDIR)$(PREFIX)/bin/openings"
	@"$(DESTDIR)$(PREFIX)/bin/openings" --version

## dist: dist/openings-<version>-linux-<arch>.tar.gz and its .sha256
dist: dist-binary
	rm -rf dist/$(DIST_NAME) dist/$(DIST_NAME).tar.gz dist/$(DIST_NAME).tar.gz.sha256
	mkdir -p dist/$(DIST_NAME)
	strip -o dist/$(DIST_NAME)/openings $(DIST_BIN)
	cp README.md dist/$(DIST_NAME)/README.md
	@# Reproducible: fixed owners, order and times (the commit's), no gzip timestamp.
	tar -C dist --owner=0 --group=0 --numeric-owner --sort=name --mtime=@$$(git log -1 --format=%ct 2>/dev/null || echo 0) \
	  -cf - $(DIST_NAME) | gzip -9n > dist/$(DIST_NAME).tar.gz
	cd dist && sha256sum $(DIST_NAME).tar.gz > $(DIST_NAME).tar.gz.sha256
	@cat dist/$(DIST_NAME).tar.gz.sha256

## dist-check: the tarball runs init, check, build and serve on a bare Debian (debootstrap)
dist-check: dist
	Scripts/dist-check.sh dist/$(DIST_NAME).tar.gz

## recipe-check: `openings init --ci github`, then the recipe's own steps against the tarball
recipe-check: dist
	Scripts/recipe-check.sh dist/$(DIST_NAME).tar.gz

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

## compliance-doc: write the jurisdiction table of docs/compliance.md from Data/pay-transparency.yml
compliance-doc: deps embed-data
	$(SWIFT) build --product openings
	mkdir -p .build && .build/debug/openings compliance laws --format md > .build/jurisdictions.md
	python3 Scripts/splice-compliance-doc.py .build/jurisdictions.md

## embed-theme: refresh the copy of Themes/default compiled into the binary
embed-theme:
	python3 Scripts/embed-default-theme.py

## iso-codes: refresh Data/iso-codes/ from Debian's iso-codes package (installed or
## upgraded first) and regenerate the ISO tables compiled into the binary
iso-codes:
	$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iso-codes
	python3 Scripts/generate-iso-codes.py --import

## country-names: refresh Data/country-names/ from Unicode CLDR through Babel (installed at
## BABEL_VERSION in .build/country-names-venv first) and regenerate the table compiled into the binary
BABEL_VERSION ?= 2.19.0
COUNTRY_NAMES_VENV := .build/country-names-venv
country-names:
	@test -x $(COUNTRY_NAMES_VENV)/bin/python || python3 -m venv $(COUNTRY_NAMES_VENV)
	$(COUNTRY_NAMES_VENV)/bin/python -m pip install --quiet "babel==$(BABEL_VERSION)"
	$(COUNTRY_NAMES_VENV)/bin/python Scripts/generate-country-names.py --import

## embed-recipes: refresh the CI recipes (docs/recipes/) compiled in for `init --ci`
embed-recipes:
	python3 Scripts/embed-recipes.py

# The compiled-in default theme, rule tables, ISO tables, country names and CI recipes
# must match Themes/default, Data/*.yml, Data/iso-codes/, Data/country-names/ and docs/recipes/.
embed-check:
	@python3 Scripts/embed-recipes.py --check
	@python3 Scripts/embed-default-theme.py --check
	@python3 Scripts/embed-data.py --check
	@python3 Scripts/generate-iso-codes.py --check
	@python3 Scripts/generate-country-names.py --check

clean:
	rm -rf .build .build-dist dist Public/*

## verify: build the example sites (the root, Examples/de, Examples/fr, Examples/multilingual) and check each with the W3C Nu validator, linkchecker,
## axe-core in headless Chromium, extruct (JobPosting JSON-LD), xmllint (sitemap, Atom)
## and docs/jobs.schema.json; installs what is missing. See docs/verify.md.
VERIFY_DIR := .build/verify
VERIFY_VENV := .build/verify-venv
VERIFY_EPOCH ?= 1795824000
.PHONY: verify verify-selftest verify-site verify-deps screenshots-docs

# The example sites verified: the English one at the root, and the German and French
# ones of Examples/ (every page in the site's language, docs/themes.md), and the one in
# three languages (docs/languages.md).
VERIFY_EXAMPLES := de fr multilingual

verify: verify-site
	$(VERIFY_VENV)/bin/python Scripts/verify/verify.py $(VERIFY_DIR)/site --screenshots $(VERIFY_DIR)/screenshots
	@set -e; for lang in $(VERIFY_EXAMPLES); do \
	  echo "== verify Examples/$$lang"; \
	  $(VERIFY_VENV)/bin/python Scripts/verify/verify.py $(VERIFY_DIR)/site-$$lang --screenshots $(VERIFY_DIR)/screenshots-$$lang; \
	done

## screenshots-docs: after `make verify`, keep the first-screen screenshots of the English
## and German examples in docs/images/ (index, department and job; 390/1280; light/dark)
screenshots-docs:
	@mkdir -p docs/images
	@for shot in $(VERIFY_DIR)/screenshots/*-light.png $(VERIFY_DIR)/screenshots/*-dark.png; do \
	  cp "$$shot" docs/images/en-$$(basename "$$shot"); done
	@for shot in $(VERIFY_DIR)/screenshots-de/*-light.png $(VERIFY_DIR)/screenshots-de/*-dark.png; do \
	  cp "$$shot" docs/images/de-$$(basename "$$shot"); done
	@ls docs/images | wc -l

## verify-selftest: break copies of the site one way at a time; every check must fail
verify-selftest: verify-site
	$(VERIFY_VENV)/bin/python Scripts/verify/verify.py $(VERIFY_DIR)/site --selftest

verify-site: release verify-deps
	@mkdir -p $(VERIFY_DIR)
	SOURCE_DATE_EPOCH=$(VERIFY_EPOCH) $(BIN) build --site . --output $(VERIFY_DIR)/site
	@set -e; for lang in $(VERIFY_EXAMPLES); do \
	  SOURCE_DATE_EPOCH=$(VERIFY_EPOCH) $(BIN) build --site Examples/$$lang --output $(VERIFY_DIR)/site-$$lang; \
	done

verify-deps:
	@bash Scripts/verify/install.sh $(VERIFY_VENV)

## fuzz: every libFuzzer target (Fuzz/) for FUZZ_SECONDS each, FUZZ_JOBS at a time, with
## AddressSanitizer; fails on any crash or broken invariant. See docs/reliability.md.
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 2
# Inputs kept in the committed corpora are cut to this many bytes: what a posting does
# is in its first few kilobytes, and the repository stays small.
FUZZ_CORPUS_MAX_LEN ?= 4096
FUZZ_SCRATCH := $(abspath .build-fuzz)
FUZZ_FLAGS := -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
FUZZ_TARGETS := job bands site-config interview markdown render import-static import-boards html theme yaml
.PHONY: fuzz fuzz-build fuzz-smoke fuzz-regress fuzz-merge test-sanitizers

fuzz: fuzz-build fuzz-regress
	Scripts/fuzz/run.sh $(FUZZ_SCRATCH) $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_TARGETS)

## fuzz-smoke: 30 seconds per target, what .ci/run runs
fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=30

# The cached build plan is removed first: SwiftPM does not notice a file added to or
# removed from the package Fuzz/ depends on (`..`), and would build from the old file list.
fuzz-build: deps
	rm -f $(FUZZ_SCRATCH)/*/release/description.json $(FUZZ_SCRATCH)/release/description.json
	cd Fuzz && $(SWIFT) build --scratch-path $(FUZZ_SCRATCH) $(FUZZ_FLAGS)

## fuzz-regress: every input that once crashed a target (Fuzz/Regressions/) runs clean
fuzz-regress: fuzz-build
	@for target in $(FUZZ_TARGETS); do \
	  inputs=$$(ls Fuzz/Regressions/$$target/* 2>/dev/null || true); \
	  [ -z "$$inputs" ] && continue; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_SCRATCH)/release/fuzz-$$target -detect_leaks=0 $$inputs \
	    > $(FUZZ_SCRATCH)/regress-$$target.log 2>&1 || { tail -40 $(FUZZ_SCRATCH)/regress-$$target.log; exit 1; }; \
	  echo "fuzz-$$target: $$(echo $$inputs | wc -w) regression inputs pass"; \
	done

## fuzz-merge: fold what runs found into the committed, minimised corpora (Fuzz/Corpus/)
fuzz-merge: fuzz-build
	@for target in $(FUZZ_TARGETS); do \
	  rm -rf Fuzz/Corpus/$$target.new && mkdir -p Fuzz/Corpus/$$target.new $(FUZZ_SCRATCH)/corpus/$$target Fuzz/Corpus/$$target; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_SCRATCH)/release/fuzz-$$target -merge=1 -max_len=$(FUZZ_CORPUS_MAX_LEN) -detect_leaks=0 \
	    Fuzz/Corpus/$$target.new Fuzz/Corpus/$$target $(FUZZ_SCRATCH)/corpus/$$target > $(FUZZ_SCRATCH)/merge-$$target.log 2>&1 \
	    || { tail -20 $(FUZZ_SCRATCH)/merge-$$target.log; exit 1; }; \
	  rm -rf Fuzz/Corpus/$$target && mv Fuzz/Corpus/$$target.new Fuzz/Corpus/$$target; \
	  echo "Fuzz/Corpus/$$target: $$(ls Fuzz/Corpus/$$target | wc -l) inputs"; \
	done

## test-sanitizers: the whole suite under ThreadSanitizer, then AddressSanitizer (the
## end-to-end tests run the sanitized binary, serve included). See docs/reliability.md.
# Without jemalloc: the sanitizer brings its own malloc (Package.swift).
test-sanitizers: export OPENINGS_MALLOC = system
test-sanitizers: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS=halt_on_error=1 SWIFT_BACKTRACE=enable=no $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
