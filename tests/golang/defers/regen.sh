#!/bin/sh
# regen.sh — rewrites NAME.expected for every NAME.go here from the real Go compiler
# (Go 1.19.8): the lines of `go build -gcflags=-d=defer`, the kind of each defer, without the
# "# command-line-arguments" line. test_defer_kinds.c compares `gohotel escape -d=defer`.
# usage: tests/golang/defers/regen.sh [NAME.go ...]
set -e
cd "$(dirname "$0")"
[ $# -gt 0 ] || set -- *.go
for f in "$@"; do
  go build -gcflags=-d=defer -o /dev/null "$f" 2>&1 | grep -v "^# command-line-arguments" > "${f%.go}.expected" || true
done
