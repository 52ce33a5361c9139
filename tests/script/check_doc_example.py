#!/usr/bin/env python3
"""check_doc_example.py — docs/writing-lessons.md shows the Go-file lesson of
tests/script/lesson_example exactly as the files are (so the page's example is the one
the test runs). usage: check_doc_example.py DOC FILE..."""
import sys

doc = open(sys.argv[1]).read()
bad = [f for f in sys.argv[2:] if open(f).read() not in doc]
for f in bad:
    print(f"{sys.argv[1]} does not show {f} as it is", file=sys.stderr)
sys.exit(1 if bad else 0)
