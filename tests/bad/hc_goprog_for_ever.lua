-- expect: 1: tests/bad/hc_goprog_for_ever\.lua:5: main\.go: main\.go:4:1: stopped after 16000[0-9]+ operations without finishing \(an endless loop\?.*a scene steps a Go program at most that far
-- a Go program that never ends, stepped from a scene, is stopped at go.program's own limit
-- (16 000 000 operations: seconds) rather than the scene's 20 M operations (over a minute)
local p = go.program("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n")
p:run()
