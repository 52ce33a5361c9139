#!/usr/bin/env python3
"""check_includes.py — every #include in src/, tests/ and bench/ goes the way the layers allow.

    check_includes.py SOURCE_DIR API_DIR    scan SOURCE_DIR; API_DIR is CMake's api/ root
    check_includes.py --selftest            plant violations in a temporary tree, check each is named

The table (the same as CMakeLists.txt's): a layer may include any header of its own folder
and the public headers of the layers it uses, directly or through another:
    runtime <- run <- golang <- script;  runtime <- view;  app uses them all.
tests/<layer>/ is its layer (its private headers too); any other file under tests/ or
bench/ may include every layer's public headers and nothing private. A header is public
when CMake linked it into API_DIR/<layer>/<layer>/ (the include root other layers compile
against), so this test and the compiler read one list. A public header must not include a
private header of its own layer (its users could not compile it). Lua's headers may appear
only in script (src/script, tests/script), SDL's only in view and app; so neither ever
appears in runtime, run or golang. Each violation is printed as FILE:LINE: what is wrong;
the exit status is 1 if there is any.
"""
import os
import re
import sys
import tempfile

USES = {
    "runtime": [],
    "run": ["runtime"],
    "golang": ["run", "runtime"],
    "script": ["golang", "run", "runtime"],
    "view": ["runtime"],
    "app": ["runtime", "run", "golang", "script", "view"],
}
LUA = re.compile(r"^(lua|lauxlib|lualib|luaconf)\.h$")
SDL = re.compile(r"^SDL[A-Za-z0-9_]*\.h$")
EXTERNAL_ALLOWED = {"lua": {"script"}, "SDL": {"view", "app"}}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def owner(rel):
    """(layer, in_src) of a file by its path relative to the source dir; layer None: outside."""
    parts = rel.split("/")
    if parts[0] in ("src", "tests") and len(parts) > 2 and parts[1] in USES:
        return parts[1], parts[0] == "src"
    return None, False


def public(api, layer, header):
    return os.path.isfile(os.path.join(api, layer, layer, header))


def resolve(root, rel, name):
    """The path (relative to root) a quoted include opens, if it is in the tree."""
    here = os.path.dirname(rel)
    for base in (here, "src", "tests"):
        cand = os.path.normpath(os.path.join(base, name))
        if not cand.startswith("..") and os.path.isfile(os.path.join(root, cand)):
            return cand
    return None


def check_file(root, api, rel, problems):
    layer, in_src = owner(rel)
    may = USES[layer] if layer else list(USES)  # outside: every layer's public headers
    own_public = in_src and rel.endswith(".h") and public(api, layer, os.path.basename(rel))
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        lines = f.readlines()
    for n, line in enumerate(lines, 1):
        m = INCLUDE.match(line)
        if not m:
            continue
        kind, name = m.groups()
        base = os.path.basename(name)
        ext = "lua" if LUA.match(base) else "SDL" if SDL.match(base) else None
        if ext:
            if layer not in EXTERNAL_ALLOWED[ext]:
                where = " or ".join(sorted(EXTERNAL_ALLOWED[ext]))
                problems.append(f"{rel}:{n}: {ext} header <{name}> outside {where}")
            elif ext == "lua" and own_public and not public(api, "script", "script.h"):
                problems.append(f"{rel}:{n}: public header includes <{name}>: Lua is private to script")
            continue
        if kind != '"':
            continue
        target = resolve(root, rel, name)
        tlayer, tin_src = owner(target) if target else (None, False)
        if not tin_src:
            continue  # a header of the tests, a system header, or not found (the compiler says)
        header = os.path.basename(target)
        if tlayer == layer:
            if own_public and not public(api, tlayer, header):
                problems.append(f"{rel}:{n}: public header includes \"{name}\", private to {layer}")
        elif tlayer not in may:
            who = layer or "this file"
            uses = f"uses only {', '.join(may)}" if may else "uses no other layer"
            problems.append(f"{rel}:{n}: {who} may not include \"{name}\": {who} {uses}")
        elif not public(api, tlayer, header):
            problems.append(f"{rel}:{n}: \"{name}\" is private to {tlayer}")


def check(root, api):
    problems = []
    for top in ("src", "tests", "bench"):
        for dirpath, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for fn in sorted(files):
                if fn.endswith((".c", ".h")):
                    rel = os.path.relpath(os.path.join(dirpath, fn), root).replace(os.sep, "/")
                    check_file(root, api, rel, problems)
    return problems


def selftest():
    """Plant one violation of each kind next to allowed includes; every plant, and only the
    plants, must be reported with its file and line."""
    tree = {
        "src/runtime/sim.h": "#include <stdint.h>\n",
        "src/runtime/gc_int.h": '#include "runtime/sim.h"\n',
        "src/runtime/bad.c": '#include <SDL.h>\n#include "../view/view.h"\n#include "gc_int.h"\n',
        "src/golang/lua_here.c": '#include "runtime/sim.h"\n#include <lauxlib.h>\n',
        "src/view/view.h": '#include <SDL.h>\n#include "runtime/sim.h"\n',
        "src/view/view_impl.h": '#include <SDL_ttf.h>\n#include "view/view.h"\n',
        "src/view/bad.c": '#include "view_impl.h"\n#include "runtime/gc_int.h"\n#include "script/stepper.h"\n#include <lua.h>\n',
        "src/script/script.h": "#include <lua.h>\n",
        "src/script/stepper.h": '#include "runtime/sim.h"\n#include "script/script.h"\n',
        "src/app/main.c": '#include <SDL.h>\n#include "view/view.h"\n#include "script/stepper.h"\n#include "script/script.h"\n',
        "tests/view/test_x.c": '#include "view/view_impl.h"\n#include "check.h"\n#include "golang/go.h"\n',
        "tests/check.h": "#include <stdio.h>\n",
        "src/golang/go.h": '#include "runtime/sim.h"\n',
        "bench/bench_x.c": '#include "runtime/sim.h"\n#include "runtime/gc_int.h"\n',
    }
    public_headers = {"runtime": ["sim.h"], "view": ["view.h"], "script": ["stepper.h"], "golang": ["go.h"]}
    want = {
        "src/runtime/bad.c:1", "src/runtime/bad.c:2", "src/golang/lua_here.c:2",
        "src/view/bad.c:2", "src/view/bad.c:3", "src/view/bad.c:4",
        "src/script/stepper.h:2", "src/app/main.c:4", "tests/view/test_x.c:3", "bench/bench_x.c:2",
    }
    with tempfile.TemporaryDirectory() as root:
        for rel, text in tree.items():
            os.makedirs(os.path.join(root, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w") as f:
                f.write(text)
        api = os.path.join(root, "api")
        for layer, hs in public_headers.items():
            os.makedirs(os.path.join(api, layer, layer))
            for h in hs:
                os.symlink(os.path.join(root, "src", layer, h), os.path.join(api, layer, layer, h))
        problems = check(root, api)
    got = {":".join(p.split(":")[:2]) for p in problems}
    for p in problems:
        print(p)
    if got != want:
        print(f"selftest FAILED: missed {sorted(want - got)}, wrongly reported {sorted(got - want)}")
        return 1
    print(f"selftest ok: all {len(want)} planted violations named, nothing else")
    return 0


def main(argv):
    if argv[1:] == ["--selftest"]:
        return selftest()
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    root, api = argv[1], argv[2]
    problems = check(root, api)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) go the wrong way (tables: tests/check_includes.py, CMakeLists.txt)")
        return 1
    print("every #include goes the way the layers allow")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
