-- 13_maps.lua — Lesson 13: a Go map is a hotel inside the hotel. The scene runs the real Go
-- program go/13_maps.go and directs it: make(map[int]int) checks in only the hmap (the map's
-- reception, 48 B); a hint of 100 gets the whole array of buckets at once; the first insert
-- makes the first bucket of 8 slots; the bucket fills, and the insert that finds the map too
-- full makes an array twice as big; a key whose bucket is full goes to an overflow bucket
-- chained to it (which insert does depends on the hash: this run's, seeded the same every run). The old array stays live while the inserts move its
-- buckets over a few at a time (evacuation), then it is garbage the janitor frees. Values
-- over 128 bytes live in rooms of their own. The lesson reads the map through prog:map (its
-- hmap words and bucket arrays, in simulated memory) and highlights those rooms; every
-- figure is measured on the running program and compared with what real Go 1.19 prints for
-- the same file (tests/lessons/go/13_maps/expected.txt).
local kit = require("lesson_kit")
lesson.title("13. Maps: a hotel inside a room")
-- a stretch worth a GIF: gohotel gif scenes/13_maps.lua --clip doubling -o doubling.gif
lesson.clip("doubling", "full", "evacuating")
local prog = go.program("go/13_maps.go")
local function code(line) return (prog:source(line):gsub("%s*//.*$", "")) end
-- Stand before `line` (run_to runs at least one statement: not when already there).
local function to(line)
  if prog:next_line() ~= line then prog:run_to{line = line} end
end
-- The keys in each bucket of an array: "3 and 6", "3, 2, 3, 6".
local function keys(info)
  local t = {}
  for i = 1, #info.used do t[i] = tostring(info.used[i]) end
  if #t <= 2 then return table.concat(t, " and ") end
  return table.concat(t, ", ")
end

-- make(map[int]int): the hmap only
local make_line = prog:find("m = make(map[int]int)")
to(make_line)
local made = lesson.measure("make", function() prog:step() end)
local m = prog:map("m")
lesson.expect("make: one allocation", made.Mallocs, 1)
lesson.expect("Go's hmap is 48 bytes", made.TotalAlloc, 48)
lesson.expect("no bucket yet", m.buckets, 0)
lesson.expect("empty", m.count, 0)
local hmap_size = made.TotalAlloc
lesson.highlight("room", m.hmap, string.format("m's hmap: %s", kit.bytes(hmap_size)))
lesson.notes("Ask: where do the keys of a map live? Most expect one block that grows like a slice. "
  .. "Point at the hotel: the map is one small room (the hmap) that will point at other rooms (the buckets).")
lesson.step("intro", "A Go map is a small hotel inside the hotel. Line %d, %s, checked in its reception, the hmap: %s, %s. It holds count (%d keys), B (%d: the array has 2^B buckets) and buckets, still nil: no bucket until the first insert.",
  make_line, code(make_line), kit.plural(made.Mallocs, "allocation"), kit.bytes(made.TotalAlloc), m.count, m.B)
lesson.clear()

-- the first insert: the first bucket
local first_line = prog:find("m[0] = 0")
to(first_line)
local fm = lesson.measure("first", function() prog:step() end)
m = prog:map("m")
lesson.expect("one bucket", fm.Mallocs, 1)
lesson.expect("a bucket's bytes", fm.TotalAlloc, m.bucketsize)
lesson.expect("one bucket in the array", m.nbuckets, 1)
lesson.expect("its key", m.used[1], 1)
lesson.highlight("room", m.buckets, string.format("bucket 0: %d of %d keys", m.used[1], m.slots))
lesson.step("bucket", "Line %d, %s, made m's first bucket: %s, %s. It has %d slots: %d tophash bytes (the top of each key's hash), %d keys, %d values, then a pointer to an overflow bucket.",
  first_line, code(first_line), kit.plural(fm.Mallocs, "allocation"), kit.bytes(fm.TotalAlloc), m.slots, m.slots, m.slots, m.slots)
lesson.clear()

-- fill: the bucket fills, then the insert that grows
local put = prog:find("m[k] = k")
local grows = {}                              -- each growth: {at = insert, info = after, old = before}
-- Run fill's inserts until `stop(info)` holds after one; returns the map then.
local function insert_until(stop)
  while true do
    to(put)
    local before, s0 = prog:map("m"), lesson.stats()
    prog:step()
    local now, s1 = prog:map("m"), lesson.stats()
    now.mallocs, now.bytes = s1.Mallocs - s0.Mallocs, s1.TotalAlloc - s0.TotalAlloc
    if now.B ~= before.B then
      grows[#grows + 1] = {at = now.count, info = now, old = before}
      lesson.figure(string.format("grow%d.insert", #grows), now.count)
      lesson.figure(string.format("grow%d.bytes", #grows), now.room)
    end
    if stop(now, before) then return now end
  end
end
to(put)                                       -- past measure's Printfs: fill's first insert is next
local before_fill = prog:map("m").count
local fills = lesson.measure("fill0", function()
  m = insert_until(function(i) return i.count == i.slots * i.nbuckets end)
end)
lesson.expect("no allocation while the bucket fills", fills.Mallocs, 0)
lesson.expect("still one bucket", m.nbuckets, 1)
lesson.highlight("room", m.buckets, string.format("bucket 0: %d of %d keys", m.used[1], m.slots))
lesson.step("full", "fill runs line %d, %s, once per key: keys %d to %d filled the bucket's other slots with %s. All %d slots are used.",
  put, code(put), before_fill, m.count - 1, kit.plural(fills.Mallocs, "allocation"), m.slots)
lesson.clear()

local g1
lesson.highlight("room", m.buckets, string.format("bucket 0: %d of %d keys", m.used[1], m.slots))
lesson.predict(string.format("m has %s, full with %d keys. Which insert makes m grow, and what does it allocate?", kit.plural(m.nbuckets, "bucket"), m.count), function()
  m = insert_until(function() return #grows == 1 end)
  g1 = grows[1]
  lesson.expect("the growth is the next insert", g1.at, g1.old.count + 1)
  lesson.expect("doubled", m.nbuckets, 2 * g1.old.nbuckets)
  lesson.check(m.oldbuckets == 0, "one old bucket: moved at once")
  lesson.check(lesson.color(g1.old.buckets) ~= "free", "the old bucket is still in its room")
  lesson.highlight("room", m.buckets, string.format("new array: %d buckets (%s)", m.nbuckets, keys(m)))
  return string.format("Insert %d, the first that found every slot taken: it made an array of %d buckets, %s, moved the %d keys over and added key %d. The buckets hold %s keys.",
    g1.at, m.nbuckets, kit.bytes(m.room), g1.old.count, g1.at - 1, keys(m))
end)
lesson.clear()
lesson.highlight("room", g1.old.buckets, "the old bucket: garbage")
lesson.step("old-bucket", "The old %s bucket is garbage now: the hmap points to the new array, nothing points to it. It keeps its room until the janitor comes.",
  kit.bytes(g1.old.bucketsize))
lesson.clear()

-- an overflow bucket: a key whose bucket has every slot taken goes to a bucket chained to it
m = insert_until(function(i, was) return i.overflow > was.overflow or i.nbuckets >= 16 end)
lesson.check(m.overflow == 1 and m.nbuckets < 16, "an overflow bucket before the doubling to 16")
local chained
for b, n in ipairs(m.used) do if n > m.slots then chained = b - 1 end end
lesson.check(chained ~= nil, "one bucket holds more keys than slots")
lesson.check(m.extra ~= 0, "the mapextra keeps the overflow buckets of a noscan map")
lesson.highlight("room", m.overflows[1], string.format("overflow bucket of bucket %d", chained))
lesson.check(m.bytes > m.bucketsize, "the bucket and the mapextra's list")
lesson.step("overflow", "Insert %d found its bucket (bucket %d of %d) full: it chained an overflow bucket to it (%s, %s with the mapextra's list that keeps it alive). A key's bucket is up to its hash, which Go seeds at random: real Go may overflow at other inserts, or not yet.",
  m.count, chained, m.nbuckets, kit.plural(m.mallocs, "allocation"), kit.bytes(m.bytes))
lesson.clear()

-- on to the doubling to 16 buckets, stopped while the old array is being evacuated
m = insert_until(function(i) return i.oldbuckets ~= 0 and i.nbuckets >= 16 end)
local g = grows[#grows]
lesson.check(g.info.oldbuckets == g.old.buckets, "the old array is the one before")
lesson.check(m.evacuated > 0 and m.evacuated < m.oldnbuckets, "some old buckets moved, not all")
lesson.check(m.evacuated <= 2, "the growing insert moved at most two old buckets")
local at = {}
for i = 2, #grows do at[#at + 1] = string.format("%d (%d buckets)", grows[i].at, grows[i].info.nbuckets) end
-- the load factor the class sees: the keys a bucket held on average when it doubled
local per = (g.at - 1) / g.old.nbuckets
lesson.expect("the doubling came at the load factor", per, m.loadfactor)
lesson.notes("Point at both rooms: both are blue (in use). Lookups read the old bucket while it is not moved yet; "
  .. "this is why a single insert never pays for copying the whole map.")
lesson.highlight("room", m.buckets, string.format("buckets: %d, %s", m.nbuckets, kit.bytes(m.room)))
lesson.highlight("room", m.oldbuckets, string.format("oldbuckets: %d of %d moved", m.evacuated, m.oldnbuckets))
lesson.step("evacuating", "m doubled again at inserts %s: %d keys in %d buckets is %.1f a bucket, Go's load factor. The old array is still live: each insert moves only the old bucket it needs and the next one. %d of %d are moved.",
  table.concat(at, ", "), g.at - 1, g.old.nbuckets, per, m.evacuated, m.oldnbuckets)
lesson.clear()

local old, oldn = m.oldbuckets, m.oldnbuckets
local from = m.count
m = insert_until(function(i, was)
  lesson.check(i.oldbuckets == 0 or i.evacuated - was.evacuated <= 2, "an insert moves at most two old buckets")
  return i.oldbuckets == 0
end)
lesson.check(lesson.color(old) ~= "free", "the old array is garbage, not yet freed")
lesson.highlight("room", m.buckets, string.format("buckets: %d", m.nbuckets))
lesson.highlight("room", old, "old array: garbage")
lesson.step("moved", "%s later all %d old buckets were moved and oldbuckets is nil. The old array is garbage, still in its room until the janitor comes.",
  kit.plural(m.count - from, "insert"), oldn)
lesson.clear()

-- runtime.GC(): the old arrays go
local gc_line = prog:find("runtime.GC()", put)
prog:run_to{line = gc_line}
m = prog:map("m")
local olds = {}
for _, gr in ipairs(grows) do olds[#olds + 1] = gr.old.buckets end
prog:step()
for _, a in ipairs(olds) do lesson.check(lesson.color(a) == "free", "an old array was freed") end
lesson.expect("m still has every key", prog:map("m").count, m.count)
lesson.highlight("room", m.buckets, string.format("m's %d buckets: %d keys", m.nbuckets, m.count))
lesson.step("janitor", "Line %d, %s, ran: the janitor freed the %d old arrays m left behind. m keeps its %d keys in %d buckets.",
  gc_line, code(gc_line), #olds, m.count, m.nbuckets)
lesson.clear()

-- make(map[int]int, 100): the array up front
local hint_line = prog:find("hinted = make(map[int]int,")
local hint = tonumber(code(hint_line):match(",%s*(%d+)%)"))
to(hint_line)
local h, hm
lesson.highlight("room", m.buckets, string.format("m's %d buckets", m.nbuckets))
lesson.predict(string.format("m made %d arrays on its way to %d keys. Line %d, %s, tells make to expect %d keys. How many allocations?", #grows, m.count, hint_line, code(hint_line), hint), function()
  hm = lesson.measure("hint", function() prog:step() end)
  h = prog:map("hinted")
  lesson.check(h.buckets ~= 0 and h.extra ~= 0, "the array and the mapextra are made at once")
  -- Go's rule: the smallest B whose 2^B buckets hold the hint at the load factor
  lesson.check(hint <= h.loadfactor * h.nbuckets and hint > h.loadfactor * (h.nbuckets // 2), "B is the smallest that holds the hint")
  lesson.expect("hmap, array, mapextra", hm.Mallocs, 3)
  lesson.expect("the rest is the 24-byte mapextra", hm.TotalAlloc - hmap_size - h.room, 24)
  lesson.highlight("room", h.buckets, string.format("%d buckets + %d spare", h.nbuckets, h.room // h.bucketsize - h.nbuckets))
  return string.format("%s, %s: the hmap, a %s room of buckets and a %s mapextra. B is %d: %d buckets, the fewest that hold %d keys at %.1f a bucket (Go's load factor). The room has space for %d more, kept as overflow buckets.",
    kit.plural(hm.Mallocs, "allocation"), kit.bytes(hm.TotalAlloc), kit.bytes(h.room), kit.bytes(hm.TotalAlloc - hmap_size - h.room),
    h.B, h.nbuckets, hint, h.loadfactor, h.room // h.bucketsize - h.nbuckets)
end)
lesson.clear()

-- big values: stored indirectly
local big_line = prog:find("big = make(map[int][32]int)")
local put_big = prog:find("big[k] = [32]int{}")
to(big_line)
local bm, b
lesson.highlight("line", put_big)
local nbig = tonumber(code(big_line + 1):match("< (%d+)"))
lesson.predict(string.format("Line %d makes a %s, whose values are arrays of %s ints; line %d puts in %d of them. How many allocations?",
  big_line, code(big_line):match("map%[%w+%]%[%d+%]%w+"), code(big_line):match("%]%[(%d+)%]"), put_big, nbig), function()
  bm = lesson.measure("big", function() prog:run_to{line = prog:find("runtime.ReadMemStats(&m1)")} end)
  b = prog:map("big")
  lesson.expect("one bucket", b.nbuckets, 1)
  lesson.expect("every key", b.count, nbig)
  local value = (bm.TotalAlloc - hmap_size - b.bucketsize) // nbig
  lesson.expect("hmap, bucket, a room per value", bm.Mallocs, 2 + nbig)
  lesson.check(value > b.maxelemsize, "each value is too big for a slot")
  lesson.highlight("room", b.buckets, string.format("bucket: %d pointers to values", b.count))
  return string.format("%s, %s: the hmap, one %s bucket and %d rooms of %s, one per value. A value over %d bytes does not go in a slot: the slot holds a pointer to the value's own room.",
    kit.plural(bm.Mallocs, "allocation"), kit.bytes(bm.TotalAlloc), kit.bytes(b.bucketsize), nbig, kit.bytes(value), b.maxelemsize)
end)
lesson.clear()
prog:run_to{done = true}
lesson.check(prog:done(), "the program ran to its end")
local grown = 0
for _, gr in ipairs(grows) do grown = grown + gr.info.room end
lesson.highlight("room", m.buckets, string.format("m's %d buckets", m.nbuckets))
lesson.step("cost", "m: %s of hmap, a first bucket of %s, then %d arrays, %s in all, as it grew to %d buckets. With a hint: %s, %s, the array at once. The program printed the same figures itself (the console).",
  kit.bytes(made.TotalAlloc), kit.bytes(fm.TotalAlloc), #grows, kit.bytes(grown), m.nbuckets,
  kit.plural(hm.Mallocs, "allocation"), kit.bytes(hm.TotalAlloc))
