-- expect: 1: tests/bad/goprogram_syntax\.lua:4: main\.go:2:20: syntax error: unexpected }, expecting expression
-- Go source handed to go.program is checked first: a syntax error names the Go file:line:col
-- (inside the scene line that loaded it)
local p = go.program("package main\nfunc main() { x := }\n")
