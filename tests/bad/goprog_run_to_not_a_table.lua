-- expect: 1: tests/bad/goprog_run_to_not_a_table\.lua:4: prog:run_to: want a table of stops \(line, call, ret, alloc, gc, done\), not a string
-- run_to takes a table
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to("createSlice")
