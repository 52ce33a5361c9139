-- 03_the_hotel.lua — Lesson 3: the heap as a hotel. Arenas are buildings, spans floors,
-- slots rooms. Size classes round a request up (33 B gets a 48-byte room); the tiny
-- allocator packs small strings into one 16-byte room; a floor of 48-byte rooms holds a
-- fixed number; big objects get suites; each P checks rooms out of its own floors
-- (mcache), refilled from reception (mcentral), which gets new floors from mheap.
-- Figures compared with tests/lessons/go/03_the_hotel. Param: ask (bytes, default 33).
local kit = require("lesson_kit")
local ask = params.int("ask", 33)
lesson.title("3. The hotel: arenas, spans and rooms")

local g = go.globals("sinkB []byte", "sinkS string", "part string", "other []byte")
g.part = go.concat("ab", "c")   -- a string made at run time, like a variable in Go

kit.step("intro", "The heap is a hotel. Each arena is a building of 64 MiB. Each span is a floor. Each object gets a room.")
kit.step("classes", "All rooms on one floor have the same size. Go has 67 room sizes, from 8 bytes to 32 KiB: the size classes.")

-- 1. rounding up
kit.predict(string.format("We ask for %d bytes: make([]byte, %d). How big is the room we get?", ask, ask), function()
  local m = kit.measure("ask33", function() g.sinkB = go.make("[]byte", ask) end)
  lesson.highlight("room", g.sinkB, string.format("asked %d, got %d", ask, m.TotalAlloc))
  lesson.expect("one room", m.Mallocs, 1)
  lesson.check(m.TotalAlloc >= ask, "the room is at least as big as the request")
  return string.format("A %d-byte room: the smallest size class that fits %d bytes. %d bytes stay empty inside.",
    m.TotalAlloc, ask, m.TotalAlloc - ask)
end)

-- 2. rooms side by side on a floor
lesson.clear()
local addrs = {}
for i = 1, 400 do
  g.sinkB = go.make("[]byte", ask)
  addrs[i] = go.addr(g.sinkB)
end
local step = addrs[2] - addrs[1]
local runs = kit.runs(addrs, step)
kit.figure("floor48.rooms", runs[2])
lesson.check(runs[2] * step <= 8192 and (runs[2] + 1) * step > 8192, "a floor is full when no other room fits in its 8 KiB")
lesson.highlight("floor", g.sinkB, "one floor of equal rooms")
kit.step("floor", "We took %d more rooms. Each new room is %d bytes after the last one, on the same floor.", #addrs, step)
kit.step("floor-full", "A floor (one 8 KiB page) holds %d rooms of %d bytes. Then the next room is on a new floor.", runs[2], step)

-- 3. the tiny allocator. kit.measure reads MemStats first, as Go's ReadMemStats does: that
-- flushes the mcache and ends the current tiny block (the one holding "abc"), so the first
-- string opens a fresh 16-byte block and the next two fit in behind it.
lesson.clear()
local t = {}
local m3 = kit.measure("tiny3", function()
  for i = 1, 3 do
    g.sinkS = go.concat(g.part, "de")   -- part + "de": 5 bytes, no pointers
    t[i] = go.addr(g.sinkS)
  end
end)
kit.figure("tiny.step", t[2] - t[1])
local block = t[1] - t[1] % 16
lesson.expect("three allocations", m3.Mallocs, 3)
lesson.expect("one 16-byte block of room space", m3.TotalAlloc, 16)
lesson.expect("the first string starts a fresh block", t[1] % 16, 0)
lesson.check(t[2] // 16 == t[1] // 16 and t[3] // 16 == t[1] // 16, "all three strings lie in the same 16-byte block")
lesson.check(t[2] - t[1] == go.len(g.sinkS) and t[3] - t[2] == go.len(g.sinkS), "each string starts where the last one ended")
lesson.check(go.addr(g.part) // 16 ~= block // 16, "the block holding \"abc\" was not used")
lesson.highlight("room", block, string.format("3 strings at +%d, +%d, +%d", t[1] - block, t[2] - block, t[3] - block))
kit.step("tiny", "Three %d-byte strings: %s, but only %s of rooms. The first opened a fresh 16-byte room at 0x%x; the other two went in behind it, at +%d and +%d.",
  go.len(g.sinkS), kit.plural(m3.Mallocs, "allocation"), kit.bytes(m3.TotalAlloc), block, t[2] - block, t[3] - block)
kit.step("tiny-why", "This is the tiny allocator: small values without pointers share one room (%d of its %d bytes used). It began a fresh room because ReadMemStats, which measured this, closes the old one.",
  t[3] + go.len(g.sinkS) - block, m3.TotalAlloc)

-- 4. suites
lesson.clear()
local SUITE = 40000
local m4 = kit.measure("suite", function() g.other = go.make("[]byte", SUITE) end)
lesson.highlight("span", g.other, "a suite")
lesson.expect("a suite is one allocation", m4.Mallocs, 1)
kit.step("suite", "Bigger than 32 KiB? No floor of rooms. %d bytes get a suite of %d whole 8 KiB pages: %s.",
  SUITE, m4.TotalAlloc // 8192, kit.bytes(m4.TotalAlloc))

-- 5. per-P floors. The suite's measurement (ReadMemStats) has just flushed every mcache,
-- so all key rings are empty: the narration says so, then two goroutines fill two rings.
lesson.clear()
local procs = runtime.GOMAXPROCS(0)
local empty = 0
for p = 0, procs - 1 do if #lesson.mcache(p).keys == 0 and lesson.mcache(p).tiny == 0 then empty = empty + 1 end end
lesson.expect("ReadMemStats emptied every key ring", empty, procs)
kit.step("mcache", "Each P (a processor running goroutines) has its own key ring at the front desk: its mcache. All %d are empty now: the ReadMemStats that measured the suite handed every key back.", procs)
local pages = {}
local worker = go.func("main.worker", { "b []byte" }, function(v, w)
  v.b = go.make("[]byte", ask)
  pages[w] = go.addr(v.b) // 8192
  g.other = v.b
end)
for w = 1, 2 do go.go(worker, w) end
kit.predict("Two goroutines on two different Ps each ask for the same size. Same floor or different floors?", function()
  go.wait()
  lesson.check(pages[1] ~= pages[2], "each P used its own floor")
  -- which rings now hold a key to those floors
  local holders = {}
  for p = 0, procs - 1 do
    for _, k in ipairs(lesson.mcache(p).keys) do
      for w = 1, 2 do
        if k.span // 8192 == pages[w] then holders[w] = p end   -- a floor of 48 B rooms is one page
      end
    end
  end
  lesson.check(holders[1] ~= nil and holders[2] ~= nil and holders[1] ~= holders[2], "two different Ps hold the two floors' keys")
  return string.format("Different floors: P%d's ring has the key to the floor at 0x%x, P%d's to the one at 0x%x. Each P took its own floor from reception (mcentral).",
    holders[1], pages[1] * 8192, holders[2], pages[2] * 8192)
end)
kit.step("refill", "When a P's floor is full, it returns it to reception and takes another. Reception asks mheap, the building manager, for new floors.")
