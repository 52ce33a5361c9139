-- expect: 1: tests/bad/nil_deref\.lua:4: panic: runtime error: invalid memory address or nil pointer dereference
-- a simulated Go panic is reported at the scene line that caused it
local v = go.vars("p *int")
local x = go.load(v.p)
