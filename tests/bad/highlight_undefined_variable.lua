-- expect: 1: tests/bad/highlight_undefined_variable\.lua:4: undefined: snk \(not declared in globals\)
-- a misspelt variable name
local g = go.globals("sink *int")
lesson.highlight("room", g, "snk", "the sink")
