#!/usr/bin/env python3
"""gen_many_funcs.py — write a Go file with N functions for the front-end benchmark.

Each function fN has a few statements of the kinds real programs are made of: locals,
a loop, a call to the previous function, an append and a struct literal. The file
builds with real Go 1.19 (`go build`, `go vet`, `go build -gcflags=-m`) and with
`gohotel escape` / `gohotel exec`, so both can be timed on the same text.

usage: gen_many_funcs.py N [--empty] > many.go
"""
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    empty = "--empty" in sys.argv[1:]
    if len(args) != 1 or not args[0].isdigit():
        sys.exit("usage: gen_many_funcs.py N [--empty]")
    n = int(args[0])
    out = sys.stdout
    out.write("package main\n\ntype point struct {\n\tx, y int\n\tnext *point\n}\n\n")
    if empty:
        for i in range(n):
            out.write("func f%d() {\n}\n\n" % i)
        out.write("func main() {\n\tf0()\n}\n")
        return
    out.write("func f0(n int) int {\n\treturn n\n}\n\n")
    for i in range(1, n):
        out.write(
            "func f%d(n int) int {\n"
            "\ts := make([]int, 0, 4)\n"
            "\tt := 0\n"
            "\tfor j := 0; j < n; j++ {\n"
            "\t\ts = append(s, j+%d)\n"
            "\t\tt += s[j]\n"
            "\t}\n"
            "\tp := point{x: t, y: len(s)}\n"
            "\treturn f%d((p.x+p.y) %% 7)\n"
            "}\n\n" % (i, i, i - 1))
    out.write("func main() {\n\tprintln(f%d(3))\n}\n" % (n - 1))


if __name__ == "__main__":
    main()
