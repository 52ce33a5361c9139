-- goprog_pool_rooms.lua — run_to{alloc}'s rooms lists every room one statement made, in
-- order: a sync.Pool's first Get makes two, its per-P array (128 B: one poolLocal, one P)
-- and allPools grown to hold it, and prog:made_by names each for what it is. Real Go 1.19,
-- the same program measuring itself around the Get: 2 Mallocs, 136 B (allPools: 8 B).
local prog = go.program([[package main

import (
	"runtime"
	"sync"
)

var pool sync.Pool
var keep *[4]int

func main() {
	runtime.GOMAXPROCS(1)
	pool.Get()
	keep = new([4]int)
}
]])
local s0 = lesson.stats()
local r = prog:run_to{alloc = true}
lesson.expect("the first Get allocates", r.ran, prog:find("pool.Get()"))
lesson.expect("two rooms, as real Go's", #r.rooms, 2)
lesson.expect("136 bytes, as real Go's", lesson.stats().TotalAlloc - s0.TotalAlloc, 136)
lesson.expect("the first room is the per-P array", prog:made_by(r.rooms[1]), "sync.Pool's per-P array (poolLocal)")
lesson.expect("the second is allPools' new array", prog:made_by(r.rooms[2]), "the runtime's list of pools (sync.allPools)")
lesson.expect("addr is the newest of them", r.addr, r.rooms[2])
r = prog:run_to{alloc = true}
lesson.expect("new([4]int): one room", #r.rooms, 1)
lesson.expect("that room is addr", r.rooms[1], r.addr)
lesson.expect("the program's own value", prog:made_by(r.addr), nil)
