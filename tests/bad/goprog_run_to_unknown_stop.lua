-- expect: 1: tests/bad/goprog_run_to_unknown_stop\.lua:4: prog:run_to: unknown stop retrun \(the stops are: line, call, ret, alloc, gc, done\)
-- a misspelt stop is refused, not ignored
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{retrun = "main"}
