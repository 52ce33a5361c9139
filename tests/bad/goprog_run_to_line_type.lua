-- expect: 1: tests/bad/goprog_run_to_line_type\.lua:4: prog:run_to: line must be a line number, not a string
-- run_to{line} takes a number
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{line = "3"}
