-- expect: 1: tests/bad/goprog_run_to_empty\.lua:4: prog:run_to: no stop given \(the stops are: line, call, ret, alloc, gc, done\)
-- an empty table would run to the end by mistake
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{}
