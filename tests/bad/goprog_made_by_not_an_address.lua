-- expect: 1: tests/bad/goprog_made_by_not_an_address\.lua:4: prog:made_by: want a heap address \(an integer\), not a string
-- prog:made_by takes an address, as lesson.highlight("room", addr) does
local prog = go.program("package main\nfunc main() {\n}\n")
prog:made_by("sink")
