-- expect: 1: tests/bad/goprog_run_to_call_type\.lua:4: prog:run_to: call must name a Go function, not a number
-- run_to{call} takes a name
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{call = 1}
