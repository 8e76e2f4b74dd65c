# The two commands a newcomer needs are `make site` and `make test`; the others are for authors.
SWIFT ?= swift
BIN   := .build/release/lstmbook
# The CPU level the release build is compiled for: x86-64-v3 (AVX2 + FMA) where the CPU has it,
# the baseline elsewhere (scripts/cpu-level; CPU_LEVEL=baseline to force it). The engine's bits
# are the same either way (`make same-bits`); only its speed differs.
CPU_FLAGS := $(shell scripts/cpu-level)

.PHONY: site test bootstrap build check bench same-bits readme leakcheck screenshots validate fuzz clean

## site: install what is missing, build, run every lesson, write output/
site: build
	$(BIN) build

## test: every module's tests, then `lstmbook check` (output/ and the recorded results are current),
## then the pages of output/ in headless Chromium (Tests/Browser).
## One optimised build serves all: the tests run against it, check and the browser tests use its lstmbook.
test: bootstrap
	$(SWIFT) test -c release $(CPU_FLAGS)
	$(BIN) check
	python3 Tests/Browser/page_checks.py output
	python3 Tests/Browser/live_cell_check.py output $(BIN)

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build -c release $(CPU_FLAGS) --product lstmbook

## check: rerun every directive without the cache; fail if output/ is stale or a value drifted
check: build
	$(BIN) check

## bench: training speed of the note's model and of a mid-size model
bench: build
	$(BIN) bench

## same-bits: a baseline and an x86-64-v3 build of the engine train to the same bits (two compilations)
same-bits: bootstrap
	scripts/same-bits

## readme: regenerate the directive reference in README.md from the directives' declarations
readme: build
	scripts/update-readme $(BIN)

## leakcheck: the Markdown bridge's tests under valgrind's leak check
leakcheck: bootstrap
	tools/leakcheck

## fuzz: the lesson and option parsers under libFuzzer (FUZZ_SECONDS, default 600)
fuzz: bootstrap
	scripts/fuzz $(or $(FUZZ_SECONDS),600)

## screenshots, validate: look at every page in headless Chromium; run the Nu HTML checker
screenshots validate:
	tools/site-check $@

clean:
	rm -rf .build .lstmbook-cache
