-- expect: 1: tests/bad/goprog_var_type\.lua:4: prog:var: want a Go variable's name, not a number
-- prog:var takes a name
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:var(1)
