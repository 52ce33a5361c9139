#!/bin/sh
# regen.sh — run every tests/golang/diff/NAME.go with real Go 1.19 at GOMAXPROCS=4, RUNS
# times (default 5), and write
#   NAME.expected  what it printed: text lines exactly, and each "KEY VALUE" figure as
#                  "KEY VALUE", or "KEY LO..HI" when real Go printed different values in
#                  different runs (the range it was seen in: a GC cycle count, say)
#   NAME.escape    the escape lines of `go build -gcflags=-m` (no inlining lines)
# check_diff.py compares `gohotel exec --procs 4` and `gohotel escape` with them.
# Usage: tests/golang/diff/regen.sh [NAME.go...]   (from anywhere; needs `go` 1.19)
set -eu
cd "$(dirname "$0")"
version=$(go version)
case "$version" in *" go1.19"*) ;; *) echo "regen.sh: need Go 1.19, found: $version" >&2; exit 1 ;; esac
RUNS=${RUNS:-5}
files=${*:-$(ls *.go)}
for f in $files; do
  f=$(basename "$f")
  name=${f%.go}
  go build -o "/tmp/diff-$name.$$" "$f"
  i=0; : > "/tmp/diff-$name.$$.out"
  while [ $i -lt "$RUNS" ]; do
    GOMAXPROCS=4 "/tmp/diff-$name.$$" > "/tmp/diff-$name.$$.run" || { echo "regen.sh: $f failed" >&2; exit 1; }
    echo "=== run" >> "/tmp/diff-$name.$$.out"; cat "/tmp/diff-$name.$$.run" >> "/tmp/diff-$name.$$.out"
    i=$((i + 1))
  done
  {
    echo "# $version, GOMAXPROCS=4, $RUNS runs — produced by tests/golang/diff/regen.sh $f"
    awk -v file="$f" '
      /^=== run$/ { run++; line = 0; next }
      { line++
        if (match($0, /^[A-Za-z0-9_.]+ -?[0-9]+$/)) {
          split($0, kv, " "); k = kv[1]; v = kv[2] + 0
          if (run == 1) { text[line] = k; lo[line] = v; hi[line] = v; fig[line] = 1 }
          else if (!fig[line] || text[line] != k) { print "regen.sh: " file ": runs differ at line " line > "/dev/stderr"; exit 1 }
          else { if (v < lo[line]) lo[line] = v; if (v > hi[line]) hi[line] = v }
        } else {
          if (run == 1) text[line] = $0
          else if (fig[line] || text[line] != $0) { print "regen.sh: " file ": runs differ at line " line > "/dev/stderr"; exit 1 }
        }
        if (line > n) n = line }
      END { for (i = 1; i <= n; i++) {
              if (!fig[i]) print text[i]
              else if (lo[i] == hi[i]) print text[i], lo[i]
              else print text[i], lo[i] ".." hi[i] } }' "/tmp/diff-$name.$$.out"
  } > "$name.expected"
  go build -gcflags=-m -o /dev/null "$f" 2>&1 | grep -v "can inline\|inlining call\|^# command-line-arguments" > "$name.escape" || true
  rm -f "/tmp/diff-$name.$$" "/tmp/diff-$name.$$.out" "/tmp/diff-$name.$$.run"
  echo "wrote $name.expected $name.escape"
done
