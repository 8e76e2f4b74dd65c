# The two commands a newcomer needs are `make site` and `make test`; the rest are for authors.
SWIFT  ?= swift
BIN    := .build/release/lstmbook
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: site test bootstrap build bench check clean

## site: install what is missing, build, run every lesson, write output/
site: build
	$(BIN) build --lessons lessons --out output

## test: the whole test suite, then a check that output/ and the recorded results are current
test: bootstrap
	$(SWIFT) build -c release --product lstmbook
	$(SWIFT) test -c release
	$(BIN) check

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build -c release --product lstmbook

## bench: training speed of the note's model and of a mid-size model (release build)
bench: build
	$(BIN) bench

clean:
	rm -rf .build .cache
