-- expect: 1: tests/bad/highlight_line_outside\.lua:5: lesson\.highlight: a line is a number from 1 to 4 \(the lines of main\.go\)
-- a quoted line must be a line of the Go file the code panel shows
local prog = go.program("package main\n\nfunc main() {\n}\n")
lesson.highlight("line", 2)
lesson.highlight("line", 5)
