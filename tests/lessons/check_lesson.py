#!/usr/bin/env python3
"""check_lesson.py — run one lesson headless and compare its figures with real Go.

usage: check_lesson.py GOHOTEL SCENE [EXPECTED] [--param K=V]... [--procs N] [--only PREFIX] [--skip PREFIX]

Runs `GOHOTEL run SCENE --json`; the scene must finish with exit 0 and at least one
checkpoint passed. The scene's figures are read from that JSON report only (nothing the
scene prints is parsed):
  * "measures": each lesson.measure, as NAME.Field (Mallocs, TotalAlloc, Frees, NumGC),
  * "figures": each lesson.figure NAME, and
  * "profile": rows whose source line carries a "-- profile:NAME" tag, as
    profile.NAME.objects / profile.NAME.bytes (cumulative, like pprof's cum).
A name published twice (a measure and a figure, or a tagged line twice) is an error.
Every line "KEY VALUE" or "KEY LO..HI" of EXPECTED (written by the real Go program,
tests/lessons/go/NN_name/main.go, see regen.sh) must match a scene figure; with --only,
only keys starting with PREFIX are compared (--skip: all but those). Exit 0 when all match.
"""
import json
import re
import subprocess
import sys

from go_figures import compare, parse_args, read_expected


def main(argv):
    args, params, wanted = parse_args(argv)
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    gohotel, scene = args[0], args[1]
    expected = args[2] if len(args) > 2 else None
    p = subprocess.run([gohotel, "run", scene, "--json"] + params, capture_output=True, text=True)
    if p.returncode != 0:
        print(f"FAIL {scene}: exit {p.returncode}\n{p.stderr}", file=sys.stderr)
        return 1
    rep = json.loads(p.stdout)
    if not rep.get("finished") or rep.get("checkpoints", 0) < 1:
        print(f"FAIL {scene}: finished={rep.get('finished')} checkpoints={rep.get('checkpoints')}", file=sys.stderr)
        return 1
    figs = {}

    def publish(key, value):
        if key in figs:
            raise SystemExit(f"FAIL {scene}: figure {key} published twice ({figs[key]}, {value})")
        figs[key] = value

    for name, m in rep["measures"].items():
        for field, v in m.items():
            publish(f"{name}.{field}", v)
    for name, v in rep["figures"].items():
        publish(name, v)
    for row in rep["profile"]:
        m = re.search(r"-- profile:(\w+)", row.get("code", ""))
        if m:
            publish(f"profile.{m.group(1)}.objects", row["cum_objects"])
            publish(f"profile.{m.group(1)}.bytes", row["cum_bytes"])
    print(f"{scene}: {rep['checkpoints']} checkpoints passed, {rep['steps']} steps")
    if not expected:
        for k in sorted(figs):
            print(f"  {k} {figs[k]}")
        return 0
    bad = compare(figs, read_expected(expected, wanted))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
