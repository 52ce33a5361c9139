#!/usr/bin/env python3
"""check_escape.py — `gohotel escape FILE.go` must print the escape lines Go 1.19 prints.

usage: check_escape.py GOHOTEL FILE.go EXPECTED
EXPECTED holds the lines of `go build -gcflags=-m` that mention escapes or "moved to heap"
(tests/lessons/go/regen.sh writes it). Inlining lines are ignored on both sides.
"""
import os
import re
import subprocess
import sys


def lines(text):
    # "LINE:COL: message" without the file name, which may itself say "escape"
    # (02_escape_analysis.go): only the message decides whether a line is kept.
    out = []
    for l in text.splitlines():
        m = re.match(r"^.*?(\d+:\d+: )(.*)$", l.strip())
        if m and re.search(r"escape|moved to heap", m.group(2)):
            out.append(m.group(1) + m.group(2))
    return out


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    gohotel, src, expected = os.path.abspath(argv[1]), argv[2], argv[3]
    p = subprocess.run([gohotel, "escape", os.path.basename(src)], cwd=os.path.dirname(os.path.abspath(src)),
                       capture_output=True, text=True)
    got, want = lines(p.stdout + p.stderr), lines(open(expected).read())
    for w in want:
        print(f"  {'ok ' if w in got else 'BAD'} {w}")
    extra = [g for g in got if g not in want]
    for e in extra:
        print(f"  EXTRA {e}")
    return 0 if p.returncode == 0 and all(w in got for w in want) and not extra else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
