-- 03_the_hotel.lua — Lesson 3: the heap as a hotel. The scene runs the real Go program
-- go/03_the_hotel.go and directs it. Arenas are buildings, spans floors, slots rooms. A
-- make of 33 bytes gets a 48-byte room (its size class); rooms of one size fill a floor
-- side by side, a fixed number per floor; the tiny allocator packs small pointer-free
-- values into one 16-byte room; big objects get suites of whole pages. P0, which runs
-- main, checks rooms out of the floor whose key is on its ring (mcache) and swaps a full
-- floor at reception (mcentral), which gets new floors from mheap. (The program's
-- goroutine is the only one: gohotel exec runs a program's goroutines on main's P.) Every figure is measured on the running program and compared
-- with what real Go 1.19 prints for the same file (tests/lessons/go/03_the_hotel).
-- Param: ask (bytes, 33..32768, default 33; suggested 33, 100, 1000, 5000: a 5376-byte
-- room's floor is two pages). It becomes the program's `var ask` (go.program's vars), so
-- the code panel shows the value that runs; below 33, the program's 400 rooms fill fewer
-- than three floors.
local kit = require("lesson_kit")
local ask = params.int("ask", 33, {33, 100, 1000, 5000})
lesson.check(ask >= 33 and ask <= 32768,
  "ask is 33 to 32768 bytes (400 smaller rooms fill fewer than three floors; bigger ones get a suite)")
lesson.title("3. The hotel: arenas, spans and rooms")
local prog = go.program("go/03_the_hotel.go", {vars = {ask = ask}})
local sizes = lesson.sizes()    -- the hotel's fixed sizes: narration quotes them, never types them

lesson.notes("Hold L and point at the arena's sign, then at one floor and one room: building, floor, room is the whole vocabulary of this lesson.")
lesson.step("intro", "The heap is a hotel. Each arena is a building of %s of addresses; the heap maps only the part it needs (the arena's label). Each span is a floor. Each object gets a room.",
  kit.bytes(sizes.arena))
lesson.step("classes", "All rooms on one floor have the same size. Go has %d room sizes, from %s to %s: the size classes.",
  #sizes.classes, kit.bytes(sizes.classes[1]), kit.bytes(sizes.max_small))

-- 1. rounding up: measure's closure around room = make([]byte, ask)
local ask_line = prog:find("room = make([]byte, ask)")
prog:run_to{call = "main.func1"}
lesson.expect("the program asks for ask bytes", prog:var("ask"), ask)   -- set once main runs
local size                      -- the room size: the size class of ask, measured below
lesson.notes("The point to land: Go rounds a request up to the next size class. Let a student say the size before revealing it.")
lesson.predict(string.format("Line %d asks for %d bytes: %s. How big is the room we get?",
  ask_line, ask, prog:source(ask_line)), function()
  local m = lesson.measure("ask", function() prog:run_to{ret = "main.func1"} end)
  local room = prog:var("room")
  lesson.clear()
  lesson.highlight("room", room, string.format("asked %d, got %d", ask, m.TotalAlloc))
  lesson.expect("one room", m.Mallocs, 1)
  lesson.check(m.TotalAlloc >= ask, "the room is at least as big as the request")
  size = m.TotalAlloc
  return string.format("A %d-byte room: the smallest size class that fits %d bytes. %d bytes stay empty inside.",
    m.TotalAlloc, ask, m.TotalAlloc - ask)
end)

-- 2. rooms side by side on a floor. main keeps every room in the array rooms, so all stay
-- in use. Which floor a room is on is read from the front desk: right after its make,
-- P0's key for rooms of that size is the floor the room is on.
lesson.clear()
local loop_line = prog:find("rooms[i] = make([]byte, ask)")
local tiny_call = prog:find("measure(\"tiny3\"")
local function floor_of(addr)
  for _, k in ipairs(lesson.mcache(0).keys) do
    if k.size == size and k.noscan and k.span <= addr and addr < k.span + sizes.arena then return k.span end
  end
end
prog:run_to{line = loop_line}                 -- measure prints its figures first
local addrs, floors, perFloor, unknown = {}, {}, {}, 0
repeat
  local r = prog:run_to{alloc = true, line = tiny_call}
  if r.reason == "alloc" then
    lesson.expect("the loop makes the rooms", r.ran, loop_line)
    addrs[#addrs + 1] = r.addr
    local floor = floor_of(r.addr)
    if floor == nil then unknown = unknown + 1 end
    if floors[#floors] ~= floor then floors[#floors + 1] = floor end
    perFloor[#floors] = (perFloor[#floors] or 0) + 1
  end
until r.reason ~= "alloc" or r.line == tiny_call   -- standing before line tiny_call: the loop is over
lesson.clear()
local ROOMS = #addrs
lesson.expect("P0 held the key to the floor of every room it took", unknown, 0)
lesson.check(#floors >= 3, "the rooms fill more than two floors")
local full = perFloor[2]                      -- the first floor also holds the room of the predict
local second = perFloor[1] + 1                -- the first room on the second floor
local step = full >= 2 and addrs[second + 1] - addrs[second] or size
lesson.expect("rooms on a floor follow each other by the room size", step, size)
local pages = (full * size + sizes.page - 1) // sizes.page   -- a floor is whole pages
local floorBytes = pages * sizes.page
lesson.check(full * size <= floorBytes and (full + 1) * size > floorBytes,
  "a floor is full when no other room fits in its pages")
lesson.figure("floor.rooms", full)           -- rooms of the asked size class on one floor
lesson.highlight("floor", floors[2], string.format("one full floor: %d rooms", full), { keep = true })
lesson.step("floor", "Line %d makes %d more rooms of %d bytes, kept in the array rooms, so all are in use. Each new room is %d bytes after the last one, until a floor is full.",
  loop_line, ROOMS, ask, step)
lesson.step("floor-full", "A floor of %d-byte rooms is %s: it holds %s. The %d rooms took %d floors: %d on the first (the predict's room was there), %d on this one.",
  size, pages == 1 and string.format("one %s page", kit.bytes(sizes.page))
    or string.format("%d pages of %s (%s)", pages, kit.bytes(sizes.page), kit.bytes(floorBytes)),
  kit.plural(full, "room"), ROOMS, #floors, perFloor[1], full)

-- The front desk: main's goroutine runs on P0, whose key ring (mcache) holds the key to
-- the floor it fills now; the other Ps took no rooms.
local procs = runtime.GOMAXPROCS(0)
local ring, others = lesson.mcache(0), 0
local current
for _, k in ipairs(ring.keys) do if k.size == size and k.noscan then current = k.span end end
lesson.expect("P0 holds the key to the last floor", current, floors[#floors])
for p = 1, procs - 1 do if #lesson.mcache(p).keys == 0 then others = others + 1 end end
lesson.expect("the other Ps hold no keys", others, procs - 1)
lesson.clear()
lesson.highlight("floor", current, "P0's key: this floor")
lesson.step("mcache", "Each P (a processor) has a key ring at the front desk: its mcache. P0 runs main and holds the key to this last floor (%d of our rooms); the other %d took none.",
  perFloor[#floors], procs - 1)
lesson.step("refill", "When a P's floor is full, it hands the key back to reception (mcentral) and takes another: P0 did so %s in this loop. Reception asks mheap, the building manager, for new floors.",
  kit.plural(#floors - 1, "time"))

-- 3. the tiny allocator. measure reads MemStats first (ReadMemStats flushes the mcache and
-- ends the current tiny block), so the first value opens a fresh tiny block and the next
-- two fit in behind it. A value packed into a tiny block is no new room, so run_to{alloc}
-- does not stop for it: where each went is read from P0's front desk after its statement,
-- the tiny block's address plus the offset where its free part begins, less the value.
lesson.clear()
local tiny_line = prog:find("t := make([]byte, small)")
local small = prog:var("small")
local function newest_tiny() local c = lesson.mcache(0); return c.tiny + c.tinyoffset - small end
prog:run_to{call = "main.func2"}
local t, TINY = {}, sizes.tiny
local m3 = lesson.measure("tiny3", function()
  prog:run_to{line = tiny_line}               -- before the first
  repeat
    local r = prog:run_to{line = tiny_line, ret = "main.func2"}
    lesson.check(lesson.mcache(0).tiny ~= 0, "P0 holds a tiny block")
    t[#t + 1] = newest_tiny()
  until r.reason ~= "line"
end)
lesson.figure("tiny.step", t[2] - t[1])
local block = t[1] - t[1] % TINY
lesson.expect("three allocations", m3.Mallocs, #t)
lesson.expect("one tiny block of room space", m3.TotalAlloc, TINY)
lesson.expect("the first value starts a fresh block", t[1] % TINY, 0)
lesson.check(t[2] // TINY == t[1] // TINY and t[3] // TINY == t[1] // TINY, "all three values lie in the same tiny block")
lesson.check(t[2] - t[1] == small and t[3] - t[2] == small, "each value starts where the last one ended")
lesson.clear()
lesson.highlight("room", block, string.format("%d values at +%d, +%d, +%d", #t, t[1] - block, t[2] - block, t[3] - block))
lesson.step("tiny", "%d byte slices of %d bytes: %s, but only %s of rooms. The first opened a fresh %d-byte room (labelled); the others went in behind it, at +%d and +%d.",
  #t, small, kit.plural(m3.Mallocs, "allocation"), kit.bytes(m3.TotalAlloc), TINY,
  t[2] - block, t[3] - block)
lesson.highlight("room", block, string.format("%d of %d bytes used", t[3] + small - block, m3.TotalAlloc))
lesson.step("tiny-why", "This is the tiny allocator: small values without pointers share one room (%d of its %d bytes used). It began a fresh room because ReadMemStats, which measured this, closes the old one.",
  t[3] + small - block, m3.TotalAlloc)

-- 4. suites
lesson.clear()
prog:run_to{call = "main.func3"}
local m4 = lesson.measure("suite", function() prog:run_to{ret = "main.func3"} end)
local suite = prog:var("suite")
lesson.clear()
lesson.highlight("span", suite, "a suite")
lesson.expect("a suite is one allocation", m4.Mallocs, 1)
lesson.step("suite", "Bigger than %s? No floor of rooms. suite's %d bytes got a suite of %d whole %s pages, %s.",
  kit.bytes(sizes.max_small), go.len(suite), m4.TotalAlloc // sizes.page, kit.bytes(sizes.page), kit.bytes(m4.TotalAlloc))

lesson.clear()
local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()                                -- the label of the last Printf's room
lesson.step("figures", "The program ends by printing its own figures (below), read from its addresses: %d rooms on a full floor, %d bytes from one tiny value to the next.",
  full, t[2] - t[1])
