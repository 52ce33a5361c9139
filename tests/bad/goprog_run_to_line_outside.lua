-- expect: 1: tests/bad/goprog_run_to_line_outside\.lua:4: prog:run_to: line 40 is outside main\.go \(lines 1 to 5\)
-- run_to{line} is a line of the Go file
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{line = 40}
