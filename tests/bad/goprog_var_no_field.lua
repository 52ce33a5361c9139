-- expect: 1: tests/bad/goprog_var_no_field\.lua:5: prog:var: p has no field W \(Point has X, Y\)
-- prog:var of a field path whose field the struct does not have
local prog = go.program("package main\ntype Point struct{ X, Y int }\nfunc main() {\n\tp := Point{1, 2}\n\t_ = p\n}\n")
prog:run_to{line = 5}
prog:var("p.W")
