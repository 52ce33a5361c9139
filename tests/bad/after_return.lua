-- expect: 1: tests/bad/after_return\.lua:5: variable s of main\.f used after main\.f returned
-- a frame's variables die with it
local keep
go.func("main.f", { "s string" }, function(v) keep = v end)()
keep.s = "x"
