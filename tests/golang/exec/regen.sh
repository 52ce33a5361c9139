#!/bin/sh
# regen.sh — run every tests/golang/exec/NAME.go with real Go 1.19 and write NAME.expected:
# a provenance line (the Go version and the command), then exactly what the program printed
# on stdout. test_exec.c skips the provenance line and compares the rest with gohotel exec.
# fail/ is not regenerated: its files are gohotel's promise in Go's words (see fail/README).
# Usage: tests/golang/exec/regen.sh [NAME.go...]   (from anywhere; needs `go` 1.19)
set -eu
cd "$(dirname "$0")"
version=$(go version)
case "$version" in
  *" go1.19"*) ;;
  *) echo "regen.sh: need Go 1.19, found: $version" >&2; exit 1 ;;
esac
files=${*:-$(ls *.go)}
for f in $files; do
  f=$(basename "$f")
  out=${f%.go}.expected
  tmp=$out.tmp.$$
  if ! go run "$f" > "$tmp"; then
    rm -f "$tmp"
    echo "regen.sh: go run $f failed" >&2
    exit 1
  fi
  { echo "# $version — produced by tests/golang/exec/regen.sh: go run $f (stdout)"; cat "$tmp"; } > "$out"
  rm -f "$tmp"
  echo "wrote $out"
done
