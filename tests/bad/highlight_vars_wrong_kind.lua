-- expect: 1: tests/bad/highlight_vars_wrong_kind\.lua:4: lesson\.highlight: a go\.vars target is for kind "room", not "floor"
-- the variable form shows a room
local g = go.globals("sink *int")
lesson.highlight("floor", g, "sink")
