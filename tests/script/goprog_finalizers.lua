-- goprog_finalizers.lua — a scene's Lua finalizer and its Go program's finalizer share one
-- heap and one finalizer goroutine, yet each is run by its own host with its own function:
-- the Go program's cleanup runs as Go code (a stop can be set in it), the scene's function
-- runs as Lua, and neither is called in place of the other.
go.struct("Box", { "n int", "next *Box" })
local g = go.globals("box *Box")
local lua_ran = 0
g.box = go.new("Box")
runtime.SetFinalizer(g.box, function() lua_ran = lua_ran + 1 end)
g.box = nil

local prog = go.program([[package main

import (
	"runtime"
	"sync"
)

type Blob struct{ data [64]byte }

var pending sync.WaitGroup
var ran int

func cleanup(b *Blob) {
	ran++
	pending.Done()
}

func main() {
	b := new(Blob)
	pending.Add(1)
	runtime.SetFinalizer(b, cleanup)
	b = nil
	runtime.GC()
	pending.Wait()
	runtime.GC()
}
]])
-- The program's first GC finds both objects dead: the scene's finalizer is the scene's to
-- run, the program's stays queued for the program's finalizer goroutine, which the GC's end
-- wakes. The stop in cleanup comes before its first statement: nothing of it has run.
local r = prog:run_to{call = "cleanup"}
lesson.expect("the Go finalizer is entered as Go code", r.reason, "call")
lesson.expect("in cleanup", (prog:where()), "cleanup")
lesson.expect("after the program's GC", r.ran, prog:find("runtime.GC()"))
lesson.expect("the scene's finalizer ran once, as Lua", lua_ran, 1)
lesson.expect("the Go finalizer has not run yet", prog:var("ran"), 0)
r = prog:run_to{done = true}
lesson.expect("the program ended", r.reason, "done")
lesson.expect("the Go finalizer ran once", prog:var("ran"), 1)
lesson.expect("the scene's finalizer was not called again", lua_ran, 1)
