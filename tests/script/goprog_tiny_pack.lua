-- goprog_tiny_pack.lua — run_to{alloc} stops for a value packed into a tiny block that
-- already exists, though no room is made for it: new(uint16) starts a 16-byte block (room =
-- addr, offset 0), new(uint32) and new(uint64) are packed into it at offsets 4 and 8 (the
-- tiny allocator aligns 4- and 8-byte values), each stop naming that same block as its room.
-- Real Go 1.19, the same program measuring itself around the three lines: 3 Mallocs, 16 B
-- of TotalAlloc, and b, c at a+4, a+8 with a at the start of its block.
local prog = go.program([[package main

import "runtime"

var a *uint16
var b *uint32
var c *uint64
var m runtime.MemStats

func main() {
	runtime.GOMAXPROCS(1)
	runtime.ReadMemStats(&m)
	a = new(uint16)
	b = new(uint32)
	c = new(uint64)
}
]])
prog:run_to{line = prog:find("a = new(uint16)")}
local s0 = lesson.stats()
local ra = prog:run_to{alloc = true}
lesson.expect("a's line allocates", ra.ran, prog:find("a = new(uint16)"))
lesson.expect("a starts a block: its own room", ra.room, ra.addr)
lesson.expect("at offset 0", ra.offset, 0)
lesson.expect("the block is the statement's one room", #ra.rooms .. " " .. ra.rooms[1], "1 " .. ra.room)
local rb = prog:run_to{alloc = true}
lesson.expect("b's packed value is a stop", rb.reason .. " " .. rb.ran, "alloc " .. prog:find("b = new(uint32)"))
lesson.expect("its room is a's block", rb.room, ra.room)
lesson.expect("4-byte aligned after a's 2 bytes", rb.offset, 4)
lesson.expect("addr is the value", rb.addr, go.addr(prog:var("b")))
lesson.expect("rooms names the block", #rb.rooms .. " " .. rb.rooms[1], "1 " .. ra.room)
local rc = prog:run_to{alloc = true}
lesson.expect("c's line too", rc.reason .. " " .. rc.ran, "alloc " .. prog:find("c = new(uint64)"))
lesson.expect("c in the same block at offset 8", rc.room .. " " .. rc.offset, ra.room .. " 8")
local s1 = lesson.stats()
lesson.expect("3 allocations, as real Go's", s1.Mallocs - s0.Mallocs, 3)
lesson.expect("one 16-byte block, as real Go's", s1.TotalAlloc - s0.TotalAlloc, 16)
lesson.expect("no more allocations", prog:run_to{alloc = true}.reason, "done")
print("tiny pack ok")
