-- goprog_made_by.lua — prog:made_by tells a room the library made for itself from one of
-- the program's values: new(int) kept in a global is the program's; the rooms of the first
-- fmt.Println are fmt's own (its printer pool, the printer, its output buffer), as Go 1.19's
-- fmt allocates them (tests/golang/exec/fmtpool.go compares the counts with real Go).
local prog = go.program([[package main

import (
	"fmt"
	"runtime"
)

var sink *int

func main() {
	var a runtime.MemStats
	sink = new(int)
	runtime.ReadMemStats(&a)
	fmt.Println("hi")
}
]])
local r = prog:run_to{alloc = true}
lesson.expect("new(int) allocates first", r.ran, prog:find("sink = new(int)"))
lesson.expect("the int is the program's own", prog:made_by(r.addr), nil)
lesson.expect("the newest room is that int", prog:made_by(), nil)

-- One statement, four rooms (Go 1.19: ppFree's per-P array, its allPools entry, the
-- printer, its buffer); run_to stops after it and names the newest, the buffer.
local before, bytes = lesson.stats().Mallocs, lesson.stats().TotalAlloc
r = prog:run_to{alloc = true}
lesson.expect("the Println allocates next", r.ran, prog:find("fmt.Println"))
-- real Go 1.19 at GOMAXPROCS=4 (this scene's default), the same program measuring itself
-- around the Println: 4 Mallocs, 744 B (512 B of them the per-P array, 128 B a P; the
-- buffer opens a new 16-byte tiny block: ReadMemStats flushed the old one)
lesson.expect("four rooms, as real Go's first Println", lesson.stats().Mallocs - before, 4)
lesson.expect("744 bytes, as real Go's", lesson.stats().TotalAlloc - bytes, 744)
lesson.expect("the newest is fmt's output buffer", prog:made_by(r.addr), "fmt's output buffer (pp.buf)")
lesson.expect("by default made_by names the newest", prog:made_by(), "fmt's output buffer (pp.buf)")
lesson.expect("an address that is no heap object names nothing", prog:made_by(8), nil)
