-- expect: 1: tests/bad/highlight_unknown_option\.lua:4: lesson\.highlight: unknown option kep \(the options are: keep\)
-- a misspelt option is an error, not a highlight that silently ends at the next pause
local g = go.globals("p *int")
g.p = go.new("int"); lesson.highlight("room", g.p, "note", { kep = true })
