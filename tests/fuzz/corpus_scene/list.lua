go.struct("N", {"next *N"})
local v = go.vars("p *N")
for i = 1, 50 do local n = go.new("N"); n.next = v.p; v.p = n end
runtime.GC()
