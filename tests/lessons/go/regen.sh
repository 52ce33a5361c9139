#!/bin/sh
# regen.sh — run every lesson's real Go program with Go 1.19 and write its expected.txt
# ("KEY VALUE" lines the lesson test compares with the scene's figures). Programs whose
# figures depend on timing (GC cycle counts) run RUNS times and record "KEY MIN..MAX".
# A lesson that runs a Go file itself (scenes/go/NN_name.go) has that file as its program
# here (one file, run by the scene and by real Go); the others keep NN_name/main.go.
# A lesson dir with pprof.go also gets real Go's allocation profile of that file (profile.*).
# Lesson 13's map figures hang on Go's random hash seed (overflow buckets), so it runs RUNS
# times too, at GOMAXPROCS=4 (the scenes' Ps), and its header says so.
# Usage: tests/lessons/go/regen.sh [DIR...]   (from anywhere; needs `go` 1.19)
set -eu
cd "$(dirname "$0")"
RUNS=${RUNS:-8}
dirs=${*:-$(ls -d [0-9][0-9]_*)}
for d in $dirs; do
  d=${d%/}
  out=$d/expected.txt
  src=main.go; from=$d/main.go
  if [ -f "../../../scenes/go/$d.go" ]; then src=../../../../scenes/go/$d.go; from=scenes/go/$d.go; fi
  {
    procs=; [ "$d" = 13_maps ] && procs=4
    echo "# $(go version)${procs:+, GOMAXPROCS=$procs, $RUNS runs} — produced by tests/lessons/go/regen.sh from $from"
    if [ "$d" = 04_the_janitor ] || [ "$d" = 13_maps ]; then
      i=0; : > /tmp/regen.$$
      while [ $i -lt "$RUNS" ]; do (cd "$d" && env ${procs:+GOMAXPROCS=$procs} go run "$src") >> /tmp/regen.$$ 2>&1; i=$((i+1)); done
      awk '/^[A-Za-z0-9_.]+ -?[0-9]+$/ { k=$1; v=$2+0; if (!(k in lo) || v<lo[k]) lo[k]=v; if (!(k in hi) || v>hi[k]) hi[k]=v; if (!(k in o)) { o[k]=++n; key[n]=k } }
           END { for (i=1;i<=n;i++) print key[i], lo[key[i]] ".." hi[key[i]] }' /tmp/regen.$$
      rm -f /tmp/regen.$$
    else
      (cd "$d" && go run "$src") 2>&1 | grep -E '^[A-Za-z0-9_.]+ -?[0-9]+$'
    fi
  } > "$out"
  if [ -f "$d/pprof.go" ] && [ "$from" != "$d/main.go" ]; then
    # real Go's allocation profile of the same program: pprof.go's main runs the lesson's
    # main (renamed lessonMain) and prints the profile.* figures (lesson 11)
    t=$(mktemp -d)
    sed 's/^func main() {$/func lessonMain() {/' "$d/$src" > "$t/lesson.go"
    cp "$d/pprof.go" "$t/pprof.go"
    (cd "$t" && go run lesson.go pprof.go) 2>&1 | grep -E '^profile\.[A-Za-z0-9_.]+ -?[0-9]+$' >> "$out"
    rm -rf "$t"
  fi
  if [ "$from" != "$d/main.go" ]; then   # the scene quotes the compiler on its own Go file
    # (not "inlining call to strings.noescape": an inlining note, not an escape verdict)
    (cd "$(dirname "$src" | sed "s|^|$d/|")" && go build -gcflags=-m -o /dev/null "$(basename "$src")" 2>&1) |
      grep -E ':[0-9]+:[0-9]+: .*(escape|moved to heap)' | grep -v 'inlining call to' > "$d/escape_expected.txt"
  fi
  echo "wrote $out"
done
