-- expect: 1: tests/bad/goprog_var_unknown\.lua:4: prog:var: main\.go has no variable y in main \(at line 3\) nor at package level
-- prog:var of a name the running function does not have
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:var("y")
