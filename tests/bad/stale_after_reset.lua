-- expect: 1: tests/bad/stale_after_reset\.lua:5: stale variables
-- values from before lesson.reset are refused
local v = go.vars("s string")
lesson.reset()
v.s = "x"
