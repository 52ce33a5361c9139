-- expect: 1: tests/bad/use_after_free\.lua:9: use of a freed object
-- a Go value kept only in a Lua local is not a root: after a GC its room is free, and
-- using the old handle is refused (never a silent read of whatever lives there now)
go.struct("Node", { "next *Node", "val int" })
local p = go.new("Node")
p.val = 7
runtime.GC()
local q = go.new("Node")   -- takes the very room p had
p.val = 8
