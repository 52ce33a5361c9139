-- expect: 1: tests/bad/goprog_run_to_no_statement\.lua:4: prog:run_to: no statement starts at main\.go:2 \(the program never stops there\)
-- run_to{line} must be a line a step stops before
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{line = 2}
