-- 10_finalizers.lua — Lesson 10: a finalizer is cleanup code the janitor has run for an
-- object. The scene runs the real Go program go/10_finalizers.go and directs it: a 1 MiB
-- Blob gets the finalizer cleanup and is dropped; GC 1 finds it garbage but keeps it and
-- queues cleanup, which the finalizer goroutine (not main) then calls; GC 2 frees the
-- room. runtime.KeepAlive keeps an object in use down to its line. Every figure is read
-- from the running program and compared with what real Go 1.19 prints for the same file
-- (tests/lessons/go/10_finalizers/expected.txt).
local kit = require("lesson_kit")
lesson.title("10. Finalizers: one last call before the room is freed")
local prog = go.program("go/10_finalizers.go")

local function numgc() return runtime.ReadMemStats().NumGC end
local function code(line) return (prog:source(line):gsub("^%s+", ""):gsub("%s*//.*$", "")) end

-- b's Blob, with its finalizer set: main stands before `b = nil`.
local set_line = prog:find("runtime.SetFinalizer(b, cleanup)")
prog:run_to{line = set_line + 1}               -- SetFinalizer ran: the code panel shows it
local blob = prog:var("b")
lesson.highlight("room", blob, "b's Blob: has a finalizer")
lesson.step("finalizer", "b got a room for its Blob. Line %d, %s, ran: it asks the janitor, when the Blob is garbage, to call cleanup(b) first. b is never read again, so the janitor already sees garbage (striped).",
  set_line, code(set_line))
prog:run_to{line = prog:find("b = nil // now")}
local made = prog:var("mib")
lesson.figure("made.HeldMiB", made)
lesson.step("made", "held() measured the Blob: HeapAlloc grew by %d MiB (whole MiB), and the program printed it.", made)

-- b = nil: nothing points to the Blob any more.
local gc1_line = prog:find("runtime.GC() // finds")
prog:run_to{line = gc1_line}
local dropped = prog:var("dropped")
lesson.figure("dropped.NumGC", dropped)
lesson.expect("b is nil", prog:var("b") == nil, true)
lesson.clear()
lesson.highlight("room", blob, "garbage, with a finalizer")
lesson.step("dropped", "b = nil ran: b no longer points to the Blob, and nothing else does. It is garbage with a finalizer. GC cycles so far (NumGC): %d.", dropped)

local first                                 -- NumGC of the cycle that found the Blob garbage
lesson.predict(string.format("Line %d runs one GC. Is the Blob's room freed?", gc1_line), function()
  -- The GC's end wakes the finalizer goroutine, which calls cleanup(b) at once (4 Ps):
  -- the stop stands before cleanup's first statement.
  local r = prog:run_to{gc = true}
  first = r.numgc
  lesson.expect("the GC ended in that runtime.GC()", r.ran, gc1_line)
  lesson.expect("the first cycle since b = nil", first, dropped + 1)
  lesson.check(lesson.color(blob) ~= "free", "the GC kept the Blob")
  lesson.expect("the finalizer goroutine has called cleanup", r.fn, "cleanup")
  lesson.expect("before cleanup's first statement", r.line, prog:find("ran++"))
  lesson.expect("cleanup has not run yet", prog:var("ran"), 0)
  lesson.clear()
  lesson.highlight("room", blob, "kept for cleanup")
  lesson.highlight("frame", "main.cleanup", "")   -- G3's plate: cleanup, just called (its line names it)
  return string.format("No. GC %d found the Blob garbage, but its finalizer needs it: the sweep kept the room and queued cleanup. It has just been called (framed plate); its marked first line has not run.",
    first)
end)

-- The finalizer goroutine runs cleanup(b), with the Blob: ran++ first.
local r = prog:run_to{line = prog:find("last = b.id")}
lesson.expect("in cleanup", r.fn, "cleanup")
lesson.expect("ran++ ran", prog:var("ran"), 1)
lesson.expect("with the Blob", go.addr(prog:var("b")), go.addr(blob))
lesson.clear()
lesson.highlight("room", blob, "cleanup's b: in use again")
lesson.highlight("frame", "main.cleanup", "")     -- G3's plate: the finalizer goroutine (its line names it)
lesson.step("fing", "Main did not call cleanup: after GC %d, Go's finalizer goroutine did (its plate is framed), with the Blob as b. ran++ has counted it; the marked line, next, still uses b: the Blob is reachable again.",
  first)

-- Back in main, past pending.Wait(): what the first GC left.
prog:run_to{line = prog:find("runtime.GC() // the next")}
local gc1, ran1 = prog:var("mib"), prog:var("ran")
lesson.figure("gc1.HeldMiB", gc1)
lesson.figure("gc1.Ran", ran1)
lesson.expect("cleanup ran once", ran1, 1)
lesson.clear()
lesson.highlight("room", blob, "finalized: plain garbage now")
lesson.step("gc1", "cleanup has returned (finalizers run: %d), so main's pending.Wait() returned too. Just after GC %d, HeapAlloc was still %d MiB (whole MiB) above the start: the room is held one more cycle.",
  ran1, first, gc1)

-- The next GC frees the room.
prog:run_to{line = prog:find('fmt.Println("freed.Cycles"')}
lesson.expect("cycles: NumGC since b = nil", prog:var("cycles"), numgc() - dropped)
local gc2, cycles = prog:var("mib"), prog:var("cycles")
lesson.figure("gc2.HeldMiB", gc2)
lesson.figure("freed.Cycles", cycles)
lesson.check(lesson.color(blob) == "free", "the next GC freed the Blob")
lesson.clear()
lesson.step("gc2", "GC %d freed the Blob: its suite is gone from the hotel, HeapAlloc is %d MiB above the start. With its finalizer, the Blob took %s after b = nil to be freed.",
  numgc(), gc2, kit.plural(cycles, "GC cycle"))

-- runtime.KeepAlive: no finalizer while the object is still in use.
local keep_line = prog:find("runtime.KeepAlive(k)")
prog:run_to{line = prog:find('fmt.Println("keepalive.RanInUse"')}
local kept = prog:var("k")
local in_use = prog:var("inUse")
lesson.figure("keepalive.RanInUse", in_use)
lesson.check(lesson.color(kept) ~= "free", "k's Blob is in use")
lesson.highlight("room", kept, "k: still in use")
lesson.step("keepalive", "In useKept, k gets a Blob and cleanup, then GC %d runs. k is used below, down to line %d, %s: its Blob is reachable, so no finalizer ran for it (finalizers run: %d, the first Blob's).",
  numgc(), keep_line, code(keep_line), in_use)

-- useKept returned: the next GC queues k's finalizer.
prog:run_to{ret = "useKept"}
prog:run_to{call = "cleanup"}
lesson.expect("cleanup runs for k's Blob", go.addr(prog:var("b")), go.addr(kept))
local gc_k = numgc()
lesson.clear()
lesson.highlight("room", kept, "k's Blob: cleanup's b")
lesson.expect("before cleanup's first statement", prog:next_line(), prog:find("ran++"))
lesson.step("after", "useKept returned, so k's Blob became garbage. GC %d found it and the finalizer goroutine has called cleanup for it: the marked line runs next (finalizers run so far: %d). Like the first Blob, its room waits for the next GC.",
  gc_k, prog:var("ran"))

local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.figure("keepalive.RanAfter", prog:var("ran"))
lesson.check(lesson.color(kept) ~= "free", "k's Blob is still there at the end")
lesson.clear()
lesson.highlight("room", kept, "k's Blob: never freed")
lesson.step("rule", "The program has ended before another GC: k's Blob was finalized, never freed. A finalizer runs late, on another goroutine, maybe never before exit. Close files yourself; keep finalizers as a safety net.")
