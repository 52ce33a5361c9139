-- expect: 1: tests/bad/goprog_vars_not_integer\.lua:4: go\.program: vars maps a variable's name to an integer
-- go.program's vars gives each variable an integer
local src = "package main\n\nvar n = 3\n\nfunc main() {\n\t_ = n\n}\n"
local prog = go.program(src, {vars = {n = "forty"}})
