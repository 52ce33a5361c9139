-- 10_finalizers.lua — Lesson 10: a finalizer is cleanup code the janitor runs for an
-- object. The object survives one more cycle: GC 1 finds it unreachable, keeps it and
-- queues the finalizer, which then runs; GC 2 frees the memory. runtime.KeepAlive keeps an
-- object in use until that line. Figures compared with tests/lessons/go/10_finalizers.
local kit = require("lesson_kit")
lesson.title("10. Finalizers: one last call before the room is freed")

go.struct("Blob", { "data [1048576]byte" })
local g = go.globals("b *Blob")
local ran = {}
local function heap() return runtime.ReadMemStats().HeapAlloc end

lesson.step("intro", "runtime.SetFinalizer(x, f) asks the janitor: when x becomes garbage, call f(x) first.")
runtime.GC()
local base = heap()
g.b = go.new("Blob")
runtime.SetFinalizer(g.b, function(obj) ran[#ran + 1] = "blob" end)
local blob = go.addr(g.b)                 -- the room, for highlights after g.b is dropped
lesson.highlight("room", g.b, "has a finalizer")
lesson.step("made", "A %s Blob with a finalizer. HeapAlloc: %s.", kit.bytes(go.sizeof("Blob")), kit.bytes(heap()))
g.b = nil
local dropped = lesson.stats().NumGC      -- cycles finished when the Blob became garbage
lesson.highlight("room", blob, "garbage, with a finalizer")
lesson.step("dropped", "Now nothing points to it. It is garbage.")

lesson.predict("We run one GC. Is the Blob freed?", function()
  runtime.GC()
  local held = heap() - base
  lesson.figure("gc1.FinalizerRan", #ran == 1)
  lesson.figure("gc1.StillHeld", held >= go.sizeof("Blob"))
  lesson.expect("the finalizer ran once", #ran, 1)
  lesson.check(held >= go.sizeof("Blob"), "the Blob is still in the heap after GC 1")
  lesson.highlight("room", blob, "kept one more cycle", { keep = true })   -- through "why" too
  return string.format("Not yet. After that GC (NumGC %d) the finalizer has run, and the Blob is still there: HeapAlloc is %s above where we started.",
    runtime.ReadMemStats().NumGC, kit.bytes(held))
end)
lesson.step("why", "The finalizer needs the object, so the sweep kept its unmarked room (last cycle: %s live) and passed it to f. f has run: now it is plain garbage (striped).",
  kit.bytes(lesson.gc_state().heap_marked))
lesson.clear()
runtime.GC()
local held2 = heap() - base
lesson.figure("gc2.StillHeld", held2 >= go.sizeof("Blob"))
lesson.check(held2 < go.sizeof("Blob"), "GC 2 freed the Blob")
local freedAt = runtime.ReadMemStats().NumGC
lesson.step("gc2", "The next GC (NumGC %d): the Blob is gone, HeapAlloc is %s above where we started. With its finalizer, the Blob took %s to be freed.",
  freedAt, kit.bytes(held2 > 0 and held2 or 0), kit.plural(freedAt - dropped, "GC cycle"))

-- KeepAlive
local kept                                -- k's room, for the highlight after useKept returns
local useKept = go.func("main.useKept", { "k *Blob" }, function(v)
  v.k = go.new("Blob")
  kept = go.addr(v.k)
  runtime.SetFinalizer(v.k, function() ran[#ran + 1] = "kept" end)
  local before = #ran
  runtime.GC()
  lesson.figure("keepalive.RanWhileInUse", #ran > before)
  lesson.highlight("room", v.k, "k: still in use")
  lesson.expect("no finalizer while the object is in use", #ran, before)
  lesson.step("keepalive", "Inside useKept a GC (NumGC %d) ran while k is still in use: its finalizer did not run (finalizers run so far: %d, the first Blob's). runtime.KeepAlive(k) keeps k in use down to that line.",
    runtime.ReadMemStats().NumGC, #ran)
  runtime.KeepAlive(v.k)
end)
useKept()
local n0 = #ran
runtime.GC()
lesson.figure("keepalive.RanAfterLastUse", #ran > n0)
lesson.expect("after its last use the finalizer ran", #ran, n0 + 1)
lesson.check(lesson.color(kept) ~= "free", "k's Blob is kept for one more cycle")
lesson.highlight("room", kept, "k's Blob: finalized")
lesson.step("after", "useKept returned. The next GC (NumGC %d) found k's Blob unreachable and ran its finalizer; like the first Blob, its room waits for the next GC.",
  runtime.ReadMemStats().NumGC)
lesson.step("rule", "Finalizers run late, maybe never before exit. Close files and connections yourself; use finalizers only as a safety net.")
