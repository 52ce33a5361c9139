#!/usr/bin/env python3
"""pacer_cycles.py — what real Go's GC cycles look like, from its own traces.

Summarises the cycles that follow a program's last forced GC (the gc_cycles programs'
measured loop), for comparing with gohotel's cycles:

  pacer_cycles.py gctrace RUN.stderr...   stderr of GODEBUG=gctrace=1,gcpacertrace=1 runs,
                                          or of `gohotel exec --gctrace --gcpacertrace`
  pacer_cycles.py trace DUMP.txt...       `go tool trace -d trace.out` dumps of runs that
                                          wrapped the loop in runtime/trace.Start/Stop

gctrace mode, per cycle: H − T from the pacer line `in T B -> H B` (heapLive at the
trigger and at mark termination: what the mutator allocated while the mark ran), the
assist, dedicated and idle worker CPU of the gc line, and the mark's wall clock. It prints
NumGC per run, the share of cycles with no assist at all, the assists' share of mark CPU,
H − T quantiles, and the mark clock against the mark CPU for cycles with large and small
H − T (a long clock with little CPU is a mark whose termination waited on the OS).

trace mode, per cycle: from the end of STW 1 (GCSTWDone after a sweep-termination
GCSTWStart) to the first mark worker's start (GoStartLabel "GC (…)") and to the mutator's
first assist (GCMarkAssistStart), in µs. Tracing slows the program, so these latencies
are upper bounds of an untraced run's.
"""
import re
import statistics
import sys


def quantiles(v, ps=(0.1, 0.25, 0.5, 0.75, 0.9)):
    v = sorted(v)
    return " ".join("p%d %s" % (p * 100, fmt(v[int(p * (len(v) - 1))])) for p in ps) if v else "none"


def fmt(x):
    return "%.1f" % x if isinstance(x, float) else str(x)


def gctrace(files):
    rows, counts = [], []
    for f in files:
        lines = open(f).read().splitlines()
        forced = [i for i, l in enumerate(lines) if "(forced)" in l]
        start = forced[-1] + 1 if forced else 0
        pend, n = None, 0
        for l in lines[start:]:
            m = re.search(r"in (\d+) B -> (\d+) B", l)
            if m:
                pend = int(m.group(2)) - int(m.group(1))
                continue
            m = re.search(r"%: [\d.]+\+([\d.]+)\+[\d.]+ ms clock, [\d.]+\+([\d.]+)/([\d.]+)/([\d.]+)\+", l)
            if l.startswith("gc ") and m:
                n += 1
                clock, assist, bg, idle = (float(g) for g in m.groups())
                rows.append((pend, clock, assist, bg + idle))
                pend = None
        counts.append(n)
    cpu = sum(r[2] + r[3] for r in rows)
    print("runs %d, NumGC per run %s, cycles %d" % (len(files), counts, len(rows)))
    print("cycles with no assist: %.0f %%; assists' share of mark CPU: %.0f %%"
          % (100.0 * sum(r[2] == 0 for r in rows) / len(rows), 100.0 * sum(r[2] for r in rows) / cpu))
    ht = [r[0] for r in rows if r[0] is not None]
    print("H - T (B): %s, mean %d" % (quantiles(ht), statistics.mean(ht)))
    for name, keep in (("H - T > 500 KB", lambda x: x > 500000), ("H - T < 150 KB", lambda x: x < 150000)):
        v = [r for r in rows if r[0] is not None and keep(r[0])]
        if v:
            print("%s: %d cycles, median mark clock %.2f ms, mark CPU %.2f ms, assist %.2f ms"
                  % (name, len(v), statistics.median(r[1] for r in v),
                     statistics.median(r[2] + r[3] for r in v), statistics.median(r[2] for r in v)))


def trace(files):
    wake, assist, first = [], [], 0
    for f in files:
        ev = []
        for l in open(f):
            m = re.match(r"(\d+) (\w+) p=\d+ g=\d+", l)
            if m:
                ev.append((int(m.group(1)), m.group(2), l))
        ev.sort(key=lambda e: e[0])
        state, t0, w, a = None, 0, None, None
        for t, kind, l in ev:
            if kind == "GCSTWStart" and "sweep termination" in l:
                state = "stw"
            elif kind == "GCSTWDone" and state == "stw":
                state, t0, w, a = "mark", t, None, None
            elif state == "mark" and kind == "GoStartLabel" and "GC (" in l and w is None:
                w = (t - t0) / 1000.0
            elif state == "mark" and kind == "GCMarkAssistStart" and a is None:
                a = (t - t0) / 1000.0
            elif state == "mark" and kind == "GCSTWStart":
                wake.append(w)
                assist.append(a)
                first += w is not None and (a is None or w < a)
                state = None
    n = len(wake)
    print("cycles %d" % n)
    print("first mark worker starts (us): %s; no worker before mark termination: %d"
          % (quantiles([w for w in wake if w is not None]), sum(w is None for w in wake)))
    print("first assist starts (us): %s; no assist: %d" % (quantiles([a for a in assist if a is not None]),
                                                           sum(a is None for a in assist)))
    print("a worker starts before the first assist: %d of %d" % (first, n))


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("gctrace", "trace"):
        sys.exit(__doc__)
    (gctrace if sys.argv[1] == "gctrace" else trace)(sys.argv[2:])
