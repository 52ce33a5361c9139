#!/usr/bin/env python3
"""check_exec.py — run a lesson's Go file with `gohotel exec` and compare what it prints
with what real Go 1.19 printed for the same file.

usage: check_exec.py GOHOTEL FILE.go EXPECTED [--procs N] [--gogc N] [--param K=V] [--only PREFIX] [--skip PREFIX]

The program prints its own figures as "KEY VALUE" lines (runtime.ReadMemStats deltas,
capacities, offsets between addresses, cycle counts). EXPECTED is the same program's
output under real Go (tests/lessons/go/NN_name/expected.txt, written by regen.sh); a line
"KEY LO..HI" there is a range seen over several runs of real Go (GC cycle counts).
Every expected key must be printed by gohotel with a matching value, and gohotel must
print no figure Go did not. Exit 0 when all match.
"""
import re
import subprocess
import sys

from go_figures import compare, parse_args, read_expected

FIGURE = re.compile(r"^([A-Za-z0-9_.]+) (-?[0-9]+)$")


def main(argv):
    args, flags, wanted = parse_args(argv)
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gohotel, src, expected = args

    p = subprocess.run([gohotel, "exec", src] + flags, capture_output=True, text=True)
    if p.returncode != 0:
        print(f"FAIL {src}: exit {p.returncode}\n{p.stderr}", file=sys.stderr)
        return 1
    got = {}
    for line in p.stdout.splitlines():
        m = FIGURE.match(line)
        if m and wanted(m.group(1)):
            got[m.group(1)] = int(m.group(2))
    want = read_expected(expected, wanted)
    bad = compare(got, want)
    for key in sorted(set(got) - set(want)):
        print(f"  BAD {key}: gohotel {got[key]}, Go printed no such figure")
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
