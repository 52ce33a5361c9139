-- expect: 1: tests/bad/goprog_var_after_end\.lua:5: prog:addr: main\.go has no package variable x \(the program has ended\)
-- a local is gone once the program ended
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{done = true}
prog:addr("x")
