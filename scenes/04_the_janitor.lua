-- 04_the_janitor.lua — Lesson 4: the garbage collector as a janitor. Mark (three
-- colours) and sweep, the write barrier during a move, short stop-the-world pauses, and
-- the pacer: GOGC sets how much garbage may pile up before the next cycle.
-- Run it three times and compare: --param gogc=50, 100, 200 (cycles and peak heap); in the
-- window, V opens the params bar with those values.
-- Params: gogc (default 100), live_mib (4), garbage_mib (64), limit_mib (0 = no GOMEMLIMIT).
-- Figures compared with tests/lessons/go/04_the_janitor (a range over several Go runs).
local kit = require("lesson_kit")
local GOGCS = { 50, 100, 200 }
local gogc = params.int("gogc", 100, GOGCS)
local liveMiB = params.int("live_mib", 4, {4, 8, 32})
local garbageMiB = params.int("garbage_mib", 64, {16, 64, 256})
local limitMiB = params.int("limit_mib", 0, {0, 2 * liveMiB, 4 * liveMiB})   -- 0: no GOMEMLIMIT
lesson.title(string.format("4. The janitor: mark, sweep and GOGC=%d", gogc))

-- A Node carries 480 bytes of data, so each is a 512-byte room: 16 to a floor, big
-- enough for the class to watch each one change colour.
go.struct("Node", { "next *Node", "val int", "data [60]int" })
-- b before a: the globals are scanned in order onto a LIFO grey queue, so a is scanned first.
local g = go.globals("b *Node", "a *Node", "live [][]byte", "sink []byte")

lesson.step("intro", "The janitor frees rooms nobody can reach. It starts from the roots: plates (stacks) and globals.")
lesson.step("colours", "White: not seen yet. Grey: seen, its pointers not yet followed. Black: done. Whatever is still white at the end is garbage.")

-- Highlight the rooms a pause talks about; while marking, each label says its colour.
local rooms, names = {}, {}
local function show(...)
  lesson.clear()
  for _, i in ipairs({ ... }) do
    local marking = lesson.phase() == "mark"   -- colours mean something only while marking
    lesson.highlight("room", rooms[i], marking and string.format("%s: %s", names[i], lesson.color(rooms[i])) or names[i])
  end
end
local function colours(...)
  local c = {}
  for _, i in ipairs({ ... }) do c[#c + 1] = lesson.color(rooms[i]) end
  return table.concat(c, " ")
end

-- 1. a small chain: a -> 2 -> 3 -> 4, cut after room 2, and one cycle stepped room by room
local made = lesson.measure("chain", function()
  g.a = go.new("Node")
  g.a.next = go.new("Node")
  g.a.next.next = go.new("Node")
  g.a.next.next.next = go.new("Node")
end)
lesson.expect("four rooms", made.Mallocs, 4)
rooms = { go.addr(g.a), go.addr(g.a.next), go.addr(g.a.next.next), go.addr(g.a.next.next.next) }
names = { "room 1 (a)", "room 2", "room 3 (cut off)", "room 4" }
show(1)
lesson.step("chain", "A chain of %d rooms of %d bytes (a %d-byte Node each) hangs from the global a: a points to room 1, room 1 to room 2, and so on.",
  made.Mallocs, made.TotalAlloc // made.Mallocs, go.sizeof("Node"))
g.a.next.next = nil
show(3)
lesson.step("cut", "We cut the chain after room 2. Rooms 3 and 4 are still in the hotel, but no root leads to them any more.")

lesson.say("Predict: the janitor now runs one cycle. Which rooms will it free?")
lesson.pause("predict")
local cut = lesson.measure("cut", function()
  local cycle = lesson.gc_start()
  lesson.expect("every room starts white", colours(1, 2, 3, 4), "white white white white")
  show(1)
  lesson.step("mark-start", "Cycle %d begins: the world stops for a moment and the write barrier is switched on. Every room is white.", cycle)
  lesson.gc_mark_step("roots")  -- every root job: finalizers, globals, pools, each stack
  lesson.expect("the roots greyed room 1 only", colours(1, 2, 3, 4), "grey white white white")
  show(1)
  lesson.step("mark-roots", "Roots first: the janitor reads the globals and the plates. a points to room 1, so room 1 turns grey.")
  lesson.expect("one object scanned", lesson.gc_mark_step(1), 1)
  lesson.expect("room 1 scanned", colours(1, 2, 3, 4), "black grey white white")
  show(2)
  lesson.step("mark-1", "The janitor scans room 1: it follows its pointer and room 2 turns grey. Room 1 is done: black.")
  lesson.expect("one object scanned", lesson.gc_mark_step(1), 1)
  lesson.expect("room 2 scanned", colours(1, 2, 3, 4), "black black white white")
  lesson.expect("no grey room left", lesson.gc_state().grey, 0)
  show(2)
  lesson.step("mark-2", "Room 2 is scanned: its pointer was cut, so nothing new turns grey. No grey room is left: marking is done.")
  lesson.gc_finish()
end)
lesson.expect("rooms 3 and 4 were freed", colours(3, 4), "free free")
lesson.expect("two rooms freed", cut.Frees, 2)
show(2)
lesson.step("answer", "It freed %s: rooms 3 and 4 were still white at the end, so the sweep gave them back. Rooms 1 and 2 stay.",
  kit.plural(cut.Frees, "room"))

-- 2. the write barrier: move a pointer while the janitor is marking
g.b = go.new("Node")
g.b.next = go.new("Node")
g.b.next.val = 42
rooms[3], names[3] = go.addr(g.b), "b"
rooms[4], names[4] = go.addr(g.b.next), "x"
lesson.gc_start()
lesson.gc_mark_step("roots")  -- every root job: finalizers, globals, pools, each stack
lesson.gc_mark_step(2)                   -- rooms 1 and 2 scanned; b still waits in the queue
lesson.expect("mid-mark", colours(1, 2, 3, 4), "black black grey white")
show(4)
lesson.step("marking", "A new cycle, stopped mid-mark. Rooms 1 and 2 are black: the janitor will not look at them again. b is grey; x, which only b points to, is white.")
lesson.say("Predict: we move x's pointer from b into room 2 (black), and clear b's. Will the janitor still find x?")
lesson.pause("predict")
g.a.next.next = g.b.next                 -- room 2 -> x ...
g.b.next = nil                           -- ... and b no longer points to it
lesson.expect("the barrier shaded x", lesson.color(rooms[4]), "grey")
show(4)
lesson.step("barrier", "Yes: the write barrier saw the pointer move and shaded x grey, so it is on the janitor's list. Without it, x would stay white and be freed while in use.")
lesson.gc_finish()
lesson.expect("x survived with its value", g.a.next.next.val, 42)
rooms[4] = go.addr(g.a.next.next)
show(4)
lesson.step("survived", "The cycle ended. x was kept and still holds %d: nothing reachable was freed.", g.a.next.next.val)
local st = runtime.ReadMemStats()
lesson.step("pauses", "So far NumGC = %d cycles. The world stopped at the start and at the end of each cycle, %d µs in total: short pauses, the rest runs alongside.",
  st.NumGC, st.PauseTotalNs // 1000)

-- 3. the pacer and GOGC, on a fresh simulator (as the Go program runs it), so the cycle
-- counts do not depend on what the chain above left in the pacer's history.
lesson.clear()
lesson.reset {}
g = go.globals("live [][]byte", "sink []byte")
debug.SetGCPercent(gogc)
if limitMiB > 0 then debug.SetMemoryLimit(limitMiB * 1024 * 1024) end
g.live = go.make("[][]byte", 0, liveMiB * 128)
for _ = 1, liveMiB * 128 do g.live = go.append(g.live, go.make("[]byte", 8192)) end
runtime.GC()
local after = runtime.ReadMemStats()
local base, goal = after.HeapAlloc, after.NextGC
local pacer = lesson.gc_state()               -- the janitor panel's figures, Go's names
lesson.expect("the pacer's goal is NextGC", pacer.goal, goal)
lesson.check(pacer.trigger < pacer.goal, "the trigger comes before the goal")
if limitMiB == 0 then
  -- Go's goal: marked + (marked + stacks + globals) × GOGC/100
  local extra = goal - pacer.heap_marked * (100 + gogc) // 100
  lesson.expect("after runtime.GC, HeapAlloc is what the mark found", base, pacer.heap_marked)
  lesson.check(extra >= 0 and extra < pacer.heap_marked * gogc // 100, "the goal is the marked heap plus GOGC% of it, plus a share for stacks and globals")
  lesson.step("pacer", "GOGC=%d. After a GC, HeapAlloc (the live data) is %s. The goal for the next cycle, NextGC, is %s: the live heap plus %d%% of it, plus %s for stacks and globals.",
    gogc, kit.bytes(base), kit.bytes(goal), gogc, kit.bytes(extra))
else
  lesson.step("pacer", "GOGC=%d with GOMEMLIMIT=%d MiB. After a GC, HeapAlloc (the live data) is %s. The goal for the next cycle, NextGC, is %s.",
    gogc, limitMiB, kit.bytes(base), kit.bytes(goal))
end
lesson.step("trigger", "The janitor does not wait for the goal. It starts when heapLive (the pacer's count of bytes in use) reaches the trigger, %s, so marking can finish before the heap reaches %s.",
  kit.bytes(pacer.trigger), kit.bytes(goal))
local peak = kit.peak()
local GARBAGE = 1024                          -- bytes per short-lived object (as the Go program)
local m
local before = runtime.ReadMemStats().NumGC
lesson.predict(string.format("We now make %d MiB of short-lived %s garbage. How many cycles at GOGC=%d?", garbageMiB, kit.bytes(GARBAGE), gogc),
  function()
    m = lesson.measure(string.format("gogc%d", gogc), function()
      for i = 1, garbageMiB * (1 << 20) // GARBAGE do
        g.sink = go.make("[]byte", GARBAGE)
        if i % 64 == 0 then peak:sample() end
      end
    end)
    lesson.check(m.NumGC > 0, "the janitor ran")
    local now = runtime.ReadMemStats().NumGC
    lesson.expect("cycles counted by NumGC", m.NumGC, now - before)
    return string.format("%s while the garbage was made: NumGC went from %d to %d. HeapAlloc peaked at %s, %s above the live data.",
      kit.plural(m.NumGC, "cycle"), before, now, kit.bytes(peak.max), kit.bytes(peak.max - base))
  end)
lesson.figure(string.format("gogc%d.PeakGarbageKiB", gogc), (peak.max - base) // 1024)
lesson.figure(string.format("gogc%d.PeakOverGoalPct", gogc), 100 * (peak.max - base) // (goal - base))
local others = {}
for _, v in ipairs(GOGCS) do if v ~= gogc then others[#others + 1] = tostring(v) end end
lesson.step("compare", "Press V, choose gogc %s and Enter: the lesson restarts at this pause. Lower GOGC: more cycles, smaller heap. Higher: fewer cycles, bigger heap.",
  table.concat(others, " or "))
if limitMiB == 0 then
  lesson.step("limit", "GOMEMLIMIT adds a ceiling: near the limit the janitor runs more often, whatever GOGC says. Press V, Down to limit_mib, Right to %d, Enter.",
    2 * liveMiB)
else
  lesson.step("limit", "GOMEMLIMIT is %d MiB here: near the limit the janitor runs more often, whatever GOGC says. Press V and set limit_mib to 0 to compare NumGC.",
    limitMiB)
end
