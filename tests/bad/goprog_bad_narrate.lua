-- expect: 1: tests/bad/goprog_bad_narrate\.lua:4: go\.program: narrate must be a function\(line, diagnostics\), not a string
-- prog:run takes the narration as a function of the line
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run("Line runs")
