-- expect: 1: tests/bad/goprog_narrate_returns_number\.lua:4: main\.go: the narrate function returned a number \(want text or nil\)
-- narrate returns the narration text
local prog = go.program("package main\nfunc main() {\n\tx := 1\n\t_ = x\n}\n")
prog:run(function(line) return line end)
