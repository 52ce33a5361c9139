-- 09_zeroing.lua — Lesson 9: Go hands out memory cleared to zero. A room on a fresh floor
-- is already zero (new memory from the OS); a room the janitor freed may hold old bytes,
-- so mallocgc clears it first: that clearing is the cost of zeroing.
-- Param: size (bytes, default 1024; the window's V bar suggests 64, 1024, 32768 (the
-- biggest room) and 65536 (a suite of its own pages: large objects are zeroed the same way)). Figures compared with tests/lessons/go/09_zeroing.
-- How many bytes were cleared needs the binding lesson.zeroing() (see docs/writing-lessons.md);
-- without it the lesson says so and skips those two checkpoints.
local kit = require("lesson_kit")
local SIZES = { 64, 1024, 32768, 65536 }    -- the window's V bar offers these
local size = params.int("size", 1024, SIZES)
lesson.title("9. Zeroing: clean rooms cost a little")
runtime.GOMAXPROCS(1)

local g = go.globals("sink []byte", "keep []byte")
local function allZero(b)
  for i = 0, go.len(b) - 1 do if b[i] ~= 0 then return false end end
  return true
end
local function zeroed() return lesson.zeroing and lesson.zeroing().bytes end

local large = size > lesson.sizes().max_small   -- above Go's small-object limit (maxSmallSize): a suite of its own
local room = large and "suite" or "room"
lesson.step("intro", "In Go, new memory always reads as zero: var x int is 0, make([]byte, n) is n zero bytes.")
local z0 = zeroed()
g.sink = go.make("[]byte", size)
local first = go.addr(g.sink)
local z1 = zeroed()
g.keep = go.make("[]byte", size)           -- a neighbour stays, so the floor stays in use
lesson.highlight("room", g.sink, large and "a suite of fresh pages" or "a room on a fresh floor")
lesson.check(lesson.figure("fresh.Zero", allZero(g.sink)) == 1, "fresh memory reads zero")
if z0 then
  lesson.step("fresh", "%s: all %d bytes read zero, and Go cleared %d bytes. Fresh memory from the OS is already zero.",
    large and "A suite on brand-new pages" or "A room on a brand-new floor", size, z1 - z0)
else
  lesson.step("fresh", "%s: all %d bytes read zero. Fresh memory from the OS is already zero.",
    large and "A suite on brand-new pages" or "A room on a brand-new floor", size)
end

for i = 0, size - 1 do g.sink[i] = 255 end
lesson.check(g.sink[0] == 255 and g.sink[size - 1] == 255, "the room is full of 0xFF")
lesson.highlight("room", g.sink, "every byte 0xFF")
lesson.step("dirty", "We fill the %s with 0xFF bytes: all %d of them.", room, size)
g.sink = nil
local idle0 = runtime.ReadMemStats().HeapIdle
local m = lesson.measure("drop", function() runtime.GC() end)
lesson.check(m.Frees >= 1, "the GC freed the dropped room")
local idle = runtime.ReadMemStats().HeapIdle - idle0
if idle >= size then   -- its span held nothing else: its pages went back to the heap's free pages
  lesson.step("freed", "We drop it and run a GC (Frees +%d): %s went back to the free pages (HeapIdle +%s), but nobody cleaned them. Its bytes are still 0xFF.",
    m.Frees, large and "the suite" or "its floor, which had no other room,", kit.bytes(idle))
else                   -- keep holds the floor, so the freed room stays a free room on it
  lesson.highlight("floor", first, "sink's room here is free")
  lesson.step("freed", "We drop it and run a GC (Frees +%d): its room on this floor is free again, but nobody cleaned it. Its bytes are still 0xFF.", m.Frees)
end

lesson.predict(string.format("We ask for %d bytes again. Which %s do we get, and what does it hold?", size, room), function()
  local za = zeroed()
  local m = lesson.measure("reused", function() g.sink = go.make("[]byte", size) end)
  local zb = zeroed()
  local same = go.addr(g.sink) == first
  lesson.figure("reused.SameRoom", same)
  local clean = lesson.figure("reused.Zero", allZero(g.sink))
  lesson.check(clean == 1, "reused memory reads zero")
  lesson.highlight("room", g.sink, string.format(same and "the same %s, cleaned" or "another %s, cleaned", room))
  local cost = ""
  if za then
    lesson.check(zb - za >= size, "mallocgc cleared the dirty room")
    cost = string.format(" Go cleared %d bytes to hand it out.", zb - za)
  end
  return string.format("%s, and all %d bytes read zero again.%s",
    string.format(same and "The same %s as before" or "Another %s", room), size, cost)
end)
local other = large and SIZES[1] or SIZES[#SIZES]
lesson.step("cost", "Clearing costs time in proportion to the size. Fresh floors are free of it; reused ones pay it. Press V, choose size %d and Enter to see a %s cleared the same way.",
  other, large and "small room" or "suite of its own pages")
lesson.step("why", "Zeroing is why a Go variable never holds leftover bytes. Reusing a buffer yourself (lesson 6) skips this cost, because you overwrite it.")
