-- expect: 1: tests/bad/index_range\.lua:4: panic: runtime error: index out of range \[5\] with length 3
-- index out of range, in Go's words
local s = go.make("[]int", 3)
local x = s[5]
