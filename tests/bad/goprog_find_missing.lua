-- expect: 1: tests/bad/goprog_find_missing\.lua:4: prog:find: no line of main\.go contains "return &s"
-- prog:find names a line by its code; missing code is an error
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:find("return &s")
