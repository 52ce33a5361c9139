#!/usr/bin/env python3
"""check_diff.py — one program of the differential suite against real Go 1.19.

usage: check_diff.py GOHOTEL NAME.go exec|escape

exec:   `GOHOTEL exec NAME.go --procs 4` must print what real Go printed (NAME.expected,
        written by regen.sh): every text line exactly and in order, every "KEY VALUE"
        figure equal, or within "LO..HI" where real Go's own runs differed.
escape: `GOHOTEL escape NAME.go` must print the lines of NAME.escape (go build -gcflags=-m,
        inlining lines left out), in any order. Exit 0 when all match.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lessons"))
from go_figures import matches  # noqa: E402

REPORT = re.compile(r"\n?\nprogram [^\n]*\nsteps [0-9]+, exit status [0-9]+\n")
FIGURE = re.compile(r"^([A-Za-z0-9_.]+) (-?[0-9]+(\.\.-?[0-9]+)?)$")


def check_exec(gohotel, src):
    want = [l for l in open(src[:-3] + ".expected").read().splitlines() if not l.startswith("# ")]
    # what the program prints comes first on stdout, then exec's report, which opens with
    # "program FILE" and "steps N, exit status S" (stderr is left alone: the sanitizers
    # write their warnings there)
    p = subprocess.run([gohotel, "exec", src, "--procs", "4"], capture_output=True, text=True)
    if p.returncode != 0:
        print(f"FAIL {src}: exit {p.returncode}\n{p.stderr}")
        return 1
    report = REPORT.search(p.stdout)
    if not report:
        print(f"FAIL {src}: no exec report in its output")
        return 1
    got = p.stdout[:report.start()].splitlines()
    bad = 0
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "(nothing)"
        g = got[i] if i < len(got) else "(nothing)"
        mw, mg = FIGURE.match(w), FIGURE.match(g)
        if mw and mg and mw.group(1) == mg.group(1):
            ok = matches(int(mg.group(2)), mw.group(2))
        else:
            ok = w == g
        print(f"  {'ok ' if ok else 'BAD'} {g}" + ("" if ok else f"   (Go: {w})"))
        bad += not ok
    return 1 if bad else 0


def check_escape(gohotel, src):
    want = sorted(l.removeprefix("./") for l in open(src[:-3] + ".escape").read().splitlines())
    os.chdir(os.path.dirname(os.path.abspath(src)))
    p = subprocess.run([gohotel, "escape", os.path.basename(src)], capture_output=True, text=True)
    got = sorted(l.removeprefix("./") for l in (p.stdout + p.stderr).splitlines())
    if got == want:
        print(f"{src}: {len(got)} escape lines, as Go's")
        return 0
    for l in sorted(set(want) - set(got)):
        print(f"  missing (Go prints it): {l}")
    for l in sorted(set(got) - set(want)):
        print(f"  extra (Go does not):    {l}")
    return 1


def main(argv):
    if len(argv) != 4 or argv[3] not in ("exec", "escape"):
        print(__doc__, file=sys.stderr)
        return 2
    gohotel, src = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    return check_exec(gohotel, src) if argv[3] == "exec" else check_escape(gohotel, src)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
