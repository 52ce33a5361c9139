#!/bin/sh
# regen.sh — rewrites NAME.expected for every NAME.go here from the real Go
# compiler (Go 1.19.8 was used): the escape lines of `go build -gcflags=-m`,
# without the "can inline" / "inlining call" / "# command-line-arguments" lines.
# usage: tests/golang/escape/regen.sh [NAME.go ...]
set -e
cd "$(dirname "$0")"
[ $# -gt 0 ] || set -- *.go
for f in "$@"; do
  go build -gcflags=-m -o /dev/null "$f" 2>&1 |
    grep -v "can inline\|inlining call\|^# command-line-arguments" > "${f%.go}.expected" || true
done
