-- 04_the_janitor.lua — Lesson 4: the garbage collector as a janitor. Mark (three
-- colours) and sweep, the write barrier during a move, short stop-the-world pauses, and
-- the pacer: GOGC sets how much garbage may pile up before the next cycle.
-- Run it three times and compare: --param gogc=50, 100, 200 (cycles and peak heap).
-- Params: gogc (default 100), live_mib (4), garbage_mib (64), limit_mib (0 = no GOMEMLIMIT).
-- Figures compared with tests/lessons/go/04_the_janitor (a range over several Go runs).
local kit = require("lesson_kit")
local gogc = params.int("gogc", 100, {50, 100, 200})
local liveMiB = params.int("live_mib", 4, {4, 8, 32})
local garbageMiB = params.int("garbage_mib", 64, {16, 64, 256})
local limitMiB = params.int("limit_mib", 0, {0, 8, 16})
lesson.title(string.format("4. The janitor: mark, sweep and GOGC=%d", gogc))

go.struct("Node", { "next *Node", "val int" })
local g = go.globals("a *Node", "b *Node", "live [][]byte", "sink []byte")

kit.step("intro", "The janitor frees rooms nobody can reach. It starts from the roots: plates (stacks) and globals.")
kit.step("colours", "White: not seen yet. Grey: seen, its pointers not yet followed. Black: done. Whatever is still white at the end is garbage.")

-- 1. a small chain: a -> n1 -> n2 -> n3, then cut after n1
g.a = go.new("Node")
g.a.next = go.new("Node")
g.a.next.next = go.new("Node")
g.a.next.next.next = go.new("Node")
lesson.highlight("room", g.a, "root: a")
kit.step("chain", "A chain of four rooms hangs from the global a.")
g.a.next.next = nil
kit.predict("We cut the chain after its second room. How many rooms will the janitor free?", function()
  local m = kit.measure("cut", function() runtime.GC() end)
  lesson.check(m.Frees >= 2, "the two cut-off rooms were freed")
  return string.format("It freed %s. The two rooms after the cut turned no darker than white, so they were swept.",
    kit.plural(m.Frees, "room"))
end)

-- 2. the write barrier: move a pointer while the janitor is marking
g.b = go.new("Node")
g.b.next = go.new("Node")
g.b.next.val = 42
local burned = 0
while lesson.phase() == "off" or lesson.phase() == "sweep" do
  g.sink = go.make("[]byte", 1024)       -- allocate until the pacer starts a cycle
  burned = burned + 1
end
kit.step("marking", "After %d more allocations the janitor started a cycle: phase \"%s\". The program keeps running.",
  burned, lesson.phase())
g.a.next = g.b.next                      -- move the pointer from b's room to a's room
g.b.next = nil
lesson.highlight("room", g.a.next, "moved while marking")
kit.step("barrier", "We just moved a pointer while marking. The write barrier shaded the room, so the janitor cannot miss it.")
while lesson.phase() ~= "off" and lesson.phase() ~= "sweep" do g.sink = go.make("[]byte", 1024) end
lesson.expect("the moved room survived with its value", g.a.next.val, 42)
kit.step("survived", "The cycle ended. The moved room still holds %d: nothing reachable was freed.", g.a.next.val)
local st = runtime.ReadMemStats()
kit.step("pauses", "So far %d cycles. The world stopped twice per cycle, %d µs in total: short pauses, the rest runs alongside.",
  st.NumGC, st.PauseTotalNs // 1000)

-- 3. the pacer and GOGC
lesson.clear()
debug.SetGCPercent(gogc)
if limitMiB > 0 then debug.SetMemoryLimit(limitMiB * 1024 * 1024) end
g.live = go.make("[][]byte", 0, liveMiB * 128)
for _ = 1, liveMiB * 128 do g.live = go.append(g.live, go.make("[]byte", 8192)) end
runtime.GC()
local after = runtime.ReadMemStats()
local base, goal = after.HeapAlloc, after.NextGC
kit.step("pacer", "GOGC=%d. Live data: %s. The next cycle starts when the heap has grown by about GOGC%% of the live data.",
  gogc, kit.bytes(base))
local peak = kit.peak()
local m
local before = runtime.ReadMemStats().NumGC
kit.predict(string.format("We now make %d MiB of short-lived 1 KiB garbage. How many cycles at GOGC=%d?", garbageMiB, gogc),
  function()
    m = kit.measure(string.format("gogc%d", gogc), function()
      for i = 1, garbageMiB * 1024 do
        g.sink = go.make("[]byte", 1024)
        if i % 64 == 0 then peak:sample() end
      end
    end)
    lesson.check(m.NumGC > 0, "the janitor ran")
    return string.format("%s. The heap peaked %s above the live data.", kit.plural(m.NumGC, "cycle"),
      kit.bytes(peak.max - base))
  end)
kit.figure(string.format("gogc%d.PeakGarbageKiB", gogc), (peak.max - base) // 1024)
kit.figure(string.format("gogc%d.PeakOverGoalPct", gogc), 100 * (peak.max - base) // (goal - base))
lesson.expect("cycles counted by NumGC", m.NumGC, runtime.ReadMemStats().NumGC - before)
kit.step("compare", "Run again with GOGC=50 and 200. Lower GOGC: more cycles, smaller heap. Higher: fewer cycles, bigger heap.")
kit.step("limit", "GOMEMLIMIT adds a ceiling: near the limit the janitor runs more often, whatever GOGC says. Try --param limit_mib=8.")
