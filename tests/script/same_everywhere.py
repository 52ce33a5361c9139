#!/usr/bin/env python3
"""same_everywhere.py — a scene does the same headless and with a view.

usage: same_everywhere.py GOHOTEL SCENE OUTDIR

Runs `GOHOTEL run SCENE --json` and `GOHOTEL shot SCENE --end --projector --digest`, and
requires the same number of stop points ("steps") and the same event digest (FNV-1a over
the ordered runtime events, see gh_stepper_event_digest): the window's session, which
`shot` uses, must neither add nor lose anything a scene does (its prints, a go.program's
fmt.Println, a value's __tostring). Both must also end without error.
"""
import json
import os
import re
import subprocess
import sys


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    gohotel, scene, outdir = argv[1:]
    run = subprocess.run([gohotel, "run", scene, "--json"], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"FAIL {scene}: run exited {run.returncode}\n{run.stderr}", file=sys.stderr)
        return 1
    rep = json.loads(run.stdout)
    png = os.path.join(outdir, os.path.basename(scene) + ".end.png")
    shot = subprocess.run([gohotel, "shot", scene, "--end", "--projector", "--digest", "-o", png],
                          capture_output=True, text=True)
    if shot.returncode != 0:
        print(f"FAIL {scene}: shot --end exited {shot.returncode}\n{shot.stderr}", file=sys.stderr)
        return 1
    m = re.search(r"^steps (\d+) event_digest ([0-9a-f]{16})$", shot.stdout, re.M)
    if not m:
        print(f"FAIL {scene}: shot --digest printed no digest:\n{shot.stdout}", file=sys.stderr)
        return 1
    got = (int(m.group(1)), m.group(2))
    want = (rep["steps"], rep["event_digest"])
    print(f"{scene}: run {want[0]} steps, digest {want[1]}; shot --end {got[0]} steps, digest {got[1]}")
    if got != want:
        print(f"FAIL {scene}: shot --end differs from run", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
