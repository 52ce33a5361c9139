-- expect: 1: tests/bad/highlight_nil_variable\.lua:4: lesson\.highlight: sink is nil: there is no room to show
-- the variable form needs a variable that points somewhere
local g = go.globals("sink *int")
lesson.highlight("room", g, "sink", "the sink")
