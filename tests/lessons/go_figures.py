"""go_figures.py — what check_lesson.py and check_exec.py share: their command line
(positional arguments, flags passed on to gohotel, --only/--skip key prefixes) and the
comparison of gohotel's figures with real Go's expected.txt ("KEY VALUE", or "KEY LO..HI"
for a figure that varies between runs of real Go, such as a GC cycle count)."""

PASSED_ON = ("--param", "--procs", "--gogc")   # given to gohotel as they are


def parse_args(argv):
    """(positional arguments, flags for gohotel, wanted(key)) from argv[1:]."""
    args, flags, only, skip = [], [], None, None
    i = 1
    while i < len(argv):
        if argv[i] in PASSED_ON + ("--only", "--skip") and i + 1 < len(argv):
            if argv[i] == "--only":
                only = argv[i + 1]
            elif argv[i] == "--skip":
                skip = argv[i + 1]
            else:
                flags += [argv[i], argv[i + 1]]
            i += 2
        else:
            args.append(argv[i])
            i += 1

    def wanted(key):
        return not ((only and not key.startswith(only)) or (skip and key.startswith(skip)))

    return args, flags, wanted


def read_expected(path, wanted):
    """{KEY: "VALUE" or "LO..HI"} of the wanted keys of an expected.txt."""
    want = {}
    for line in open(path):
        line = line.strip()
        if line and not line.startswith("#"):
            key, value = line.split()[:2]
            if wanted(key):
                want[key] = value
    return want


def matches(got, want):
    """Whether gohotel's figure (a number or None) is Go's value or within Go's range."""
    if got is None:
        return False
    if ".." in want:
        lo, hi = (float(x) for x in want.split(".."))
        return lo <= got <= hi
    return float(got) == float(want)


def compare(got, want):
    """Prints one line per expected figure; returns how many do not match."""
    bad = 0
    for key, value in want.items():
        ok = matches(got.get(key), value)
        print(f"  {'ok ' if ok else 'BAD'} {key}: gohotel {got.get(key)}, Go {value}")
        bad += not ok
    return bad
