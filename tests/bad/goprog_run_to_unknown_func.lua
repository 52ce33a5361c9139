-- expect: 1: tests/bad/goprog_run_to_unknown_func\.lua:4: prog:run_to: main\.go declares no function createSlice
-- run_to{call} names a function of the Go file
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{call = "createSlice"}
