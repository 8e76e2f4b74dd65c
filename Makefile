# The two commands a newcomer needs are `make site` and `make test`; the others are for authors.
SWIFT ?= swift
BIN   := .build/release/lstmbook

.PHONY: site test bootstrap build check bench readme leakcheck screenshots validate fuzz clean

## site: install what is missing, build, run every lesson, write output/
site: build
	$(BIN) build

## test: every module's tests, then `lstmbook check` (output/ and the recorded results are current),
## then the pages of output/ in headless Chromium (Tests/Browser).
## One optimised build serves all: the tests run against it, check and the browser tests use its lstmbook.
test: bootstrap
	$(SWIFT) test -c release
	$(BIN) check
	python3 Tests/Browser/page_checks.py output
	python3 Tests/Browser/live_cell_check.py output $(BIN)

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build -c release --product lstmbook

## check: rerun every directive without the cache; fail if output/ is stale or a value drifted
check: build
	$(BIN) check

## bench: training speed of the note's model and of a mid-size model
bench: build
	$(BIN) bench

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
