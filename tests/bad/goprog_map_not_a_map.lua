-- expect: 1: tests/bad/goprog_map_not_a_map\.lua:5: prog:map: x is not a map \(its type is int\)
-- prog:map reads a map variable only
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run_to{line = 4}
prog:map("x")
