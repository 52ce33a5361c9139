-- expect: 1: tests/bad/negative_make\.lua:3: panic: runtime error: makeslice: len out of range
-- a negative length is Go's panic, not a crash
local s = go.make("[]byte", -1)
