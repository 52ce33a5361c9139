#!/usr/bin/env bash
# fuzz.sh — build the libFuzzer harnesses (tests/fuzz/fuzz_*.c) with clang and run each for
# a bounded time from its committed seed corpus plus the project's own inputs, without
# writing into the repo.
#   bash .ci/fuzz.sh [SECONDS] [HARNESS...]     (default 60 s each, every harness)
# CI runs `bash .ci/fuzz.sh 60` (4 harnesses x 60 s); the hour-long runs recorded in
# docs/testing.md are `nice -n 10 bash .ci/fuzz.sh 3600 fuzz_exec` and so on. Each harness
# prints its executions, wall time and peak RSS (libFuzzer's final stats). A crash, leak,
# timeout (an input running over $FUZZ_TIMEOUT s, default 20) or out-of-memory (> 2 GiB RSS)
# fails the script; the input is kept in $FUZZ_ARTIFACTS (default /tmp/gohotel-fuzz) and the
# log's tail printed. libFuzzer's timeout is wall-clock time: on a machine shared with
# builds (load 15 on 2 cores) an input that takes 1 s of CPU runs 20 s, so long runs beside
# other work set FUZZ_TIMEOUT=120 (every input is bounded anyway: operation and memory caps).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
shift || true
artifacts="${FUZZ_ARTIFACTS:-/tmp/gohotel-fuzz}"
timeout="${FUZZ_TIMEOUT:-20}"
mkdir -p "$artifacts"
CC=clang cmake -S . -B build-fuzz -DGOHOTEL_FUZZ=ON >/dev/null
if [ "$#" -gt 0 ]; then harnesses=("$@"); else harnesses=(); for src in tests/fuzz/fuzz_*.c; do harnesses+=("$(basename "$src" .c)"); done; fi
for name in "${harnesses[@]}"; do
  [ -f "tests/fuzz/$name.c" ] || { echo "fuzz.sh: no harness tests/fuzz/$name.c" >&2; exit 2; }
  cmake --build build-fuzz -j2 --target "$name"
  corpus="tests/fuzz/corpus_${name#fuzz_}"
  work=$(mktemp -d)
  [ -d "$corpus" ] && cp -r "$corpus/." "$work/"
  # the project's own scenes and Go programs are seeds too (not copied into the corpora);
  # each copy gets its directory in its name, so same-named files do not overwrite each other
  seed() { for f in "$@"; do [ -f "$f" ] && cp "$f" "$work/seed_$(echo "$f" | tr / _)"; done; return 0; }
  extra=()
  case "$name" in
    # (a tests/bad scene with an '-- args:' line needs its flags, a small --max-memory or
    # --max-step-seconds, to end quickly: without them it is slow by design, not a finding)
    fuzz_scene) seed scenes/*.lua tests/script/*.lua $(grep -L '^-- args:' tests/bad/*.lua) ;;
    fuzz_goparse) seed tests/golang/escape/*.go; extra=(-dict=tests/fuzz/go.dict) ;;
    fuzz_exec) seed tests/golang/exec/*.go tests/golang/exec/fail/*.go tests/golang/runaway/*.go \
                    tests/golang/bad/*.go tests/lessons/go/*/main.go scenes/go/*.go
               extra=(-dict=tests/fuzz/go.dict) ;;
  esac
  echo "fuzzing $name for ${secs}s from $(ls "$work" | wc -l) seeds"
  rc=0
  start=$(date +%s)
  ./build-fuzz/"$name" -max_total_time="$secs" -max_len=4096 -timeout="$timeout" -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "${extra[@]}" "$work" >"$work.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|stat::slowest_unit_time_sec|Done)" "$work.log" || true
  echo "$name: wall $(( $(date +%s) - start ))s, corpus $(ls "$work" | wc -l) inputs, exit $rc"
  if [ "$rc" -ne 0 ]; then tail -40 "$work.log"; exit "$rc"; fi
  rm -rf "$work" "$work.log"
done
