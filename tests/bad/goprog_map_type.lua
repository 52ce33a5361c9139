-- expect: 1: tests/bad/goprog_map_type\.lua:4: prog:map: want a Go variable's name, not a table
-- prog:map takes a variable's name
local prog = go.program("package main\nvar m map[int]int\nfunc main() {\n\tm = make(map[int]int)\n}\n")
prog:map({})
