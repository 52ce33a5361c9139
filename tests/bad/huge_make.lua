-- expect: 1: tests/bad/huge_make\.lua:3: panic: runtime error: makeslice: len out of range
-- a length no machine could hold is Go's panic
local s = go.make("[]int", 1 << 62)
