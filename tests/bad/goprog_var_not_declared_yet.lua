-- expect: 1: tests/bad/goprog_var_not_declared_yet\.lua:4: prog:var: main\.go has no variable x in main \(at line 3\) nor at package level
-- x is declared by the statement at line 3, which has not run
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:var("x")
