-- expect: 1: tests/bad/goprog_vars_missing\.lua:4: go\.program: main\.go has no line "var ask = <integer>" to set
-- go.program's vars sets a `var name = <integer>` line of the file; a name without one is an error
local src = "package main\n\nvar n = 3\n\nfunc main() {\n\t_ = n\n}\n"
local prog = go.program(src, {vars = {ask = 40}})
