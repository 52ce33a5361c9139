#!/usr/bin/env bash
# fuzz.sh — build the libFuzzer harnesses with clang and run each for a bounded time
# (seconds in $1, default 60) from its committed seed corpus, without writing into the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
CC=clang cmake -S . -B build-fuzz -DGOHOTEL_FUZZ=ON >/dev/null
for src in tests/fuzz/fuzz_*.c; do
  name=$(basename "$src" .c)
  cmake --build build-fuzz -j2 --target "$name"
  corpus="tests/fuzz/corpus_${name#fuzz_}"
  work=$(mktemp -d)
  [ -d "$corpus" ] && cp -r "$corpus/." "$work/"
  # the project's own scenes and Go programs are seeds too (not copied into the corpora)
  case "$name" in
    fuzz_scene) cp scenes/*.lua tests/bad/*.lua tests/script/*.lua "$work/" 2>/dev/null || true ;;
    fuzz_goparse) cp tests/golang/escape/*.go "$work/" 2>/dev/null || true ;;
  esac
  echo "fuzzing $name for ${secs}s"
  rc=0
  ./build-fuzz/"$name" -max_total_time="$secs" -max_len=4096 -print_final_stats=1 "$work" >"$work.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work.log" || true
  if [ "$rc" -ne 0 ]; then tail -40 "$work.log"; exit "$rc"; fi
  rm -rf "$work" "$work.log"
done
