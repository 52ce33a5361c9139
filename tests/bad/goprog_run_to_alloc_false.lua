-- expect: 1: tests/bad/goprog_run_to_alloc_false\.lua:4: prog:run_to: alloc must be true, not false
-- a flag stop is true
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{alloc = false}
