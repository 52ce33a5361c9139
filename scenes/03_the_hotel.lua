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

-- 3. the tiny allocator
lesson.clear()
local t = {}
local m3 = kit.measure("tiny3", function()
  for i = 1, 3 do
    g.sinkS = go.concat(g.part, "de")   -- part + "de": 5 bytes, no pointers
    t[i] = go.addr(g.sinkS)
  end
end)
kit.figure("tiny.step", t[2] - t[1])
lesson.highlight("room", g.sinkS, "three strings share this room")
lesson.expect("three allocations", m3.Mallocs, 3)
kit.step("tiny", "Three strings of %d bytes: %s, but only %s of rooms. They share one 16-byte room, %d bytes apart.",
  go.len(g.sinkS), kit.plural(m3.Mallocs, "allocation"), kit.bytes(m3.TotalAlloc), t[2] - t[1])
kit.step("tiny-why", "This is the tiny allocator. Small values without pointers are packed together to save space.")

-- 4. suites
lesson.clear()
local m4 = kit.measure("suite", function() g.other = go.make("[]byte", 40000) end)
lesson.highlight("span", g.other, "a suite")
lesson.expect("a suite is one allocation", m4.Mallocs, 1)
kit.step("suite", "Bigger than 32 KiB? No floor of rooms. 40000 bytes get a suite of %d whole 8 KiB pages: %s.",
  m4.TotalAlloc // 8192, kit.bytes(m4.TotalAlloc))

-- 5. per-P floors
lesson.clear()
kit.step("mcache", "Each P (a processor running goroutines) keeps its own key ring of floors: the mcache. No queue at reception.")
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
  return string.format("Different floors (at 0x%x and 0x%x). Each P took a floor of its own from reception (mcentral).",
    pages[1] * 8192, pages[2] * 8192)
end)
kit.step("refill", "When a P's floor is full, it returns it to reception and takes another. Reception asks mheap, the building manager, for new floors.")
