-- expect: 1: tests/bad/goprog_map_unknown\.lua:5: prog:map: main\.go has no variable mm in main \(at line 5\)
-- an unknown name is an error naming where it was looked for
local prog = go.program("package main\nvar m map[int]int\nfunc main() {\n\tm = make(map[int]int)\n\tm[1] = 1\n}\n")
prog:run_to{line = 5}
prog:map("mm")
