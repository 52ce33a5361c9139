-- 03_the_hotel.lua — Lesson 3: the heap as a hotel. Arenas are buildings, spans floors,
-- slots rooms. Size classes round a request up (33 B gets a 48-byte room); the tiny
-- allocator packs small strings into one 16-byte room; a floor of 48-byte rooms holds a
-- fixed number; big objects get suites; each P checks rooms out of its own floors
-- (mcache), refilled from reception (mcentral), which gets new floors from mheap.
-- Figures compared with tests/lessons/go/03_the_hotel. Param: ask (bytes, 16..32768, default 33;
-- suggested 33, 100, 1000, 5000: a 5376-byte room's floor is two pages).
local kit = require("lesson_kit")
local ask = params.int("ask", 33, {33, 100, 1000, 5000})
lesson.check(ask >= 16 and ask <= 32768,
  "ask is 16 to 32768 bytes (smaller pointer-free requests share tiny blocks; bigger ones get a suite)")
lesson.title("3. The hotel: arenas, spans and rooms")

local g = go.globals("sinkB []byte", "sinkS string", "part string", "other []byte", "rooms [][]byte",
  "w1 []byte", "w2 []byte")
g.part = go.concat("ab", "c")   -- a string made at run time, like a variable in Go
local sizes = lesson.sizes()    -- the hotel's fixed sizes: narration quotes them, never types them

lesson.step("intro", "The heap is a hotel. Each arena is a building of %s. Each span is a floor. Each object gets a room.",
  kit.bytes(sizes.arena))
lesson.step("classes", "All rooms on one floor have the same size. Go has %d room sizes, from %s to %s: the size classes.",
  #sizes.classes, kit.bytes(sizes.classes[1]), kit.bytes(sizes.max_small))

-- 1. rounding up
local size                      -- the room size: the size class of ask, measured below
lesson.predict(string.format("We ask for %d bytes: make([]byte, %d). How big is the room we get?", ask, ask), function()
  local m = lesson.measure("ask", function() g.sinkB = go.make("[]byte", ask) end)
  lesson.highlight("room", g.sinkB, string.format("asked %d, got %d", ask, m.TotalAlloc))
  lesson.expect("one room", m.Mallocs, 1)
  lesson.check(m.TotalAlloc >= ask, "the room is at least as big as the request")
  size = m.TotalAlloc
  return string.format("A %d-byte room: the smallest size class that fits %d bytes. %d bytes stay empty inside.",
    m.TotalAlloc, ask, m.TotalAlloc - ask)
end)

-- 2. rooms side by side on a floor. The rooms are kept in a slice, so every one stays in
-- use (the hotel draws a room nobody points to as garbage). Which floor a room is on is
-- read from the front desk: right after make, P0's key for that room size is its floor.
lesson.clear()
local MAX = 1100                              -- a bound: two floors of the smallest rooms (16 B), and more
g.rooms = go.make("[][]byte", 0, MAX)
local addrs, floors, perFloor, unknown = {}, {}, {}, 0
while #floors < 3 and #addrs < MAX do        -- take rooms until a third floor opens
  g.rooms = go.append(g.rooms, go.make("[]byte", ask))
  addrs[#addrs + 1] = go.addr(g.rooms[#addrs])
  local floor
  for _, k in ipairs(lesson.mcache(0).keys) do
    if k.size == size and k.noscan and k.span <= addrs[#addrs] then floor = k.span end
  end
  if floor == nil then unknown = unknown + 1 end
  if floors[#floors] ~= floor then floors[#floors + 1] = floor end
  perFloor[#floors] = (perFloor[#floors] or 0) + 1
end
local ROOMS = #addrs
lesson.expect("P0 held the key to the floor of every room it took", unknown, 0)
local full = perFloor[2]                      -- the first floor also holds the room of the predict
local second = perFloor[1] + 1                -- the first room on the second floor
local step = full >= 2 and addrs[second + 1] - addrs[second] or size
lesson.expect("rooms on a floor follow each other by the room size", step, size)
local pages = (full * size + sizes.page - 1) // sizes.page   -- a floor is whole pages
local floorBytes = pages * sizes.page
lesson.check(#floors == 3 and full * size <= floorBytes and (full + 1) * size > floorBytes,
  "a floor is full when no other room fits in its pages")
lesson.figure("floor.rooms", full)           -- rooms of the asked size class on one floor
lesson.highlight("floor", floors[2], string.format("one full floor: %d rooms", full), { keep = true })
lesson.step("floor", "We took %d more rooms and keep them all in a slice, so all are in use. Each new room is %d bytes after the last one, until a floor is full.",
  ROOMS, step)
lesson.step("floor-full", "A floor of %d-byte rooms is %s: it holds %s. We stopped when a third floor opened: %s on the first, %d, then %d.",
  size, pages == 1 and string.format("one %s page", kit.bytes(sizes.page))
    or string.format("%d pages of %s (%s)", pages, kit.bytes(sizes.page), kit.bytes(floorBytes)),
  kit.plural(full, "room"), kit.plural(perFloor[1], "room"), perFloor[2], perFloor[3])

-- 3. the tiny allocator. kit.measure reads MemStats first, as Go's ReadMemStats does: that
-- flushes the mcache and ends the current tiny block (the one holding "abc"), so the first
-- string opens a fresh tiny block and the next two fit in behind it.
lesson.clear()
local t, TINY = {}, sizes.tiny
local m3 = lesson.measure("tiny3", function()
  for i = 1, 3 do
    g.sinkS = go.concat(g.part, "de")   -- part + "de": 5 bytes, no pointers
    t[i] = go.addr(g.sinkS)
  end
end)
lesson.figure("tiny.step", t[2] - t[1])
local block = t[1] - t[1] % TINY
lesson.expect("three allocations", m3.Mallocs, #t)
lesson.expect("one tiny block of room space", m3.TotalAlloc, TINY)
lesson.expect("the first string starts a fresh block", t[1] % TINY, 0)
lesson.check(t[2] // TINY == t[1] // TINY and t[3] // TINY == t[1] // TINY, "all three strings lie in the same tiny block")
lesson.check(t[2] - t[1] == go.len(g.sinkS) and t[3] - t[2] == go.len(g.sinkS), "each string starts where the last one ended")
lesson.check(go.addr(g.part) // TINY ~= block // TINY, "the block holding \"abc\" was not used")
lesson.highlight("room", block, string.format("%d strings at +%d, +%d, +%d", #t, t[1] - block, t[2] - block, t[3] - block))
lesson.step("tiny", "%d strings of %d bytes: %s, but only %s of rooms. The first opened a fresh %d-byte room at 0x%x; the other two went in behind it, at +%d and +%d.",
  #t, go.len(g.sinkS), kit.plural(m3.Mallocs, "allocation"), kit.bytes(m3.TotalAlloc), TINY, block,
  t[2] - block, t[3] - block)
lesson.highlight("room", block, string.format("%d of %d bytes used", t[3] + go.len(g.sinkS) - block, m3.TotalAlloc))
lesson.step("tiny-why", "This is the tiny allocator: small values without pointers share one room (%d of its %d bytes used). It began a fresh room because ReadMemStats, which measured this, closes the old one.",
  t[3] + go.len(g.sinkS) - block, m3.TotalAlloc)

-- 4. suites
lesson.clear()
local SUITE = 40000
local m4 = lesson.measure("suite", function() g.other = go.make("[]byte", SUITE) end)
lesson.highlight("span", g.other, "a suite")
lesson.expect("a suite is one allocation", m4.Mallocs, 1)
lesson.step("suite", "Bigger than %s? No floor of rooms. %d bytes get a suite of %d whole %s pages: %s.",
  kit.bytes(sizes.max_small), SUITE, m4.TotalAlloc // sizes.page, kit.bytes(sizes.page), kit.bytes(m4.TotalAlloc))

-- 5. per-P floors. The suite's measurement (ReadMemStats) has just flushed every mcache,
-- so all key rings are empty: the narration says so, then two goroutines fill two rings.
lesson.clear()
local procs = runtime.GOMAXPROCS(0)
local empty = 0
for p = 0, procs - 1 do if #lesson.mcache(p).keys == 0 and lesson.mcache(p).tiny == 0 then empty = empty + 1 end end
lesson.expect("ReadMemStats emptied every key ring", empty, procs)
lesson.step("mcache", "Each P (a processor running goroutines) has its own key ring at the front desk: its mcache. All %d are empty now: the ReadMemStats that measured the suite handed every key back.", procs)
local pages = {}
local worker = go.func("main.worker", { "b []byte" }, function(v, w)
  v.b = go.make("[]byte", ask)
  pages[w] = go.addr(v.b)
  if w == 1 then g.w1 = v.b else g.w2 = v.b end   -- each worker keeps its room
end)
for w = 1, 2 do go.go(worker, w) end
lesson.predict("Two goroutines on two different Ps each ask for the same size. Same floor or different floors?", function()
  go.wait()
  -- which ring holds the key to each worker's floor: the floor (span) that holds its room
  local holders, spans = {}, {}
  for p = 0, procs - 1 do
    for _, k in ipairs(lesson.mcache(p).keys) do
      for w = 1, 2 do
        local room = pages[w]
        if k.size == size and k.span <= room and room < k.span + floorBytes then holders[w], spans[w] = p, k.span end
      end
    end
  end
  lesson.check(spans[1] ~= nil and spans[2] ~= nil and spans[1] ~= spans[2], "each P used its own floor")
  lesson.check(holders[1] ~= nil and holders[2] ~= nil and holders[1] ~= holders[2], "two different Ps hold the two floors' keys")
  lesson.highlight("room", g, "w1", string.format("P%d's room", holders[1]))
  lesson.highlight("room", g, "w2", string.format("P%d's room", holders[2]))
  return string.format("Different floors: P%d's ring has the key to the floor at 0x%x, P%d's to the one at 0x%x. Each P took its own floor from reception (mcentral).",
    holders[1], spans[1], holders[2], spans[2])
end)
lesson.step("refill", "When a P's floor is full, it returns it to reception and takes another. Reception asks mheap, the building manager, for new floors.")
