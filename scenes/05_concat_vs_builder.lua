-- 05_concat_vs_builder.lua — Lesson 5: building a string with s += "a" against a
-- strings.Builder. The scene runs the real Go program go/05_concat_vs_builder.go and
-- directs it: the class watches one s += "a" make a new room beside the old one,
-- runtime.GC clear the garbage, the Builder's buffer outgrow its room and double, and
-- Grow(n) give one room up front. Every figure is measured on the
-- running program and compared with what real Go 1.19 prints for the same file
-- (tests/lessons/go/05_concat_vs_builder/expected.txt).
-- The param way (V in the window: concat or builder) says which of the two loops the
-- lesson follows step by step; the other runs on its own, measured the same way. Either
-- way the lesson has the same pauses in number, and its fifth, "built", stands where the
-- loop it follows has just returned, inside that loop's lesson.measure: D there (and
-- `shot --pauses`) shows way=concat and way=builder side by side, each half at its own
-- "built", the panel counting each half's allocations since its own measure began.
-- (scenes/concat_vs_builder.lua is the short, Lua-only version of this lesson.)
local kit = require("lesson_kit")
local WAYS = { "concat", "builder" }
local way = params.string("way", "concat", WAYS)
if way ~= "concat" and way ~= "builder" then
  error(string.format("param way: \"%s\" is neither concat nor builder", way))
end
lesson.title("5. String concatenation vs strings.Builder")
local prog = go.program("go/05_concat_vs_builder.go")
local sizes = lesson.sizes()

-- The room a new object of `size` bytes gets: the smallest size class that holds it.
local function room_of(size)
  for _, c in ipairs(sizes.classes) do if c >= size then return c end end
  return size
end
local function is_room_size(size)
  for _, c in ipairs(sizes.classes) do if c == size then return true end end
  return false
end
-- MemStats' counters since `since` (a lesson.stats()), read as the comparison's panel reads
-- them: no mcache flush.
local function counted(since)
  local now = lesson.stats()
  return { Mallocs = now.Mallocs - since.Mallocs, TotalAlloc = now.TotalAlloc - since.TotalAlloc }
end

-- concat: s += "a", n times.
prog:run_to{call = "concat"}
local n = prog:var("n")
local plus = prog:find('s += "a"', prog:find("func concat"))
local write = prog:find('b.WriteString("a")', prog:find("func builder"))
lesson.step("intro", "Go strings never change. Line %d, %s, cannot add a byte to s: it makes a new string, copies s into it, then adds \"a\". A strings.Builder, line %d, appends to one buffer instead. This run follows %s step by step.",
  plus, prog:source(plus), write, way == "concat" and "s += \"a\"" or "the Builder")

-- The pause both ways have as their fifth: the loop the lesson follows has just returned,
-- its measure still open, so the comparison's panel counts what the narration says.
local function built(what, line, since, note)
  local m = counted(since)
  lesson.highlight("room", go.load(prog:addr("sink")), note)
  lesson.compare{ "way=concat", "way=builder" }
  lesson.notes("D: this pause side by side, way=concat on the left, way=builder on the right. Each half has just "
    .. "returned from its own loop; the panel's Mallocs and TotalAlloc count since that half's measure began.")
  lesson.step("built", "%s returned: line %d ran %d times and sink holds its %d bytes. Since the measure began: %s, %s of rooms. D shows both ways side by side.",
    what, line, n, go.len(prog:var("sink")), kit.plural(m.Mallocs, "allocation"), kit.bytes(m.TotalAlloc))
  lesson.clear()
  return m
end

local c, c_built
local function concat_measured(detail)
  c = lesson.measure("concat", function()
    local since = lesson.stats()
    if detail then
      -- Run on until s has outgrown the tiny allocator (lesson 3): from here on every
      -- string has a room of its own.
      local s
      repeat
        prog:run_to{line = plus}
        s = go.load(prog:addr("s"))
      until go.len(s) > sizes.tiny
      lesson.highlight("room", s, string.format("s: %d bytes", go.len(s)))
      lesson.step("before", "s is now %d bytes, in a %d-byte room: %d bytes to spare. Line %d is next.",
        go.len(s), room_of(go.len(s)), room_of(go.len(s)) - go.len(s), plus)
      local old = s
      prog:step()
      s = go.load(prog:addr("s"))
      lesson.check(go.addr(s) ~= go.addr(old), "s += \"a\" made a new string")
      lesson.clear()
      lesson.highlight("room", s, string.format("new s: %d bytes", go.len(s)))
      lesson.highlight("room", old, "old s: garbage")
      lesson.step("new-room", "Line %d ran. The spare bytes were not used: a new %d-byte string got a new room, and the old %d bytes were copied into it. The old room is garbage.",
        plus, go.len(s), go.len(old))
      lesson.clear()
    end
    prog:run_to{ret = "concat"}
    if detail then c_built = built("concat", plus, since, "sink: s, the last string") end
  end)
  lesson.expect("length after concat", go.len(prog:var("sink")), n)
  lesson.check(c.Mallocs == n - 1, "one allocation per += but the first: \"\" + \"a\" is just \"a\"")
end
if way == "concat" then
  lesson.predict(string.format("concat runs line %d %d times. How many heap allocations?", plus, n), function()
    concat_measured(true)
    return string.format("%s, %s of rooms. The first += made none: \"\" + \"a\" is just \"a\". Every other one made a new string.",
      kit.plural(c.Mallocs, "allocation"), kit.bytes(c.TotalAlloc))
  end)
  local sink = go.load(prog:addr("sink"))
  lesson.highlight("room", sink, "sink: the last string")
  lesson.step("garbage", "Only sink's %d bytes (a %d-byte room) are still used. The other %d strings, %s, are garbage for the janitor.",
    go.len(sink), room_of(go.len(sink)), c.Mallocs - 1, kit.bytes(c.TotalAlloc - room_of(go.len(sink))))
  lesson.clear()
else
  concat_measured(false)                      -- the same measure, run on its own
end

-- main's runtime.GC(): the janitor clears the garbage before the Builder runs, so the
-- Builder's rooms stand on fresh floors, side by side.
local gc_line = prog:find("runtime.GC()")
prog:run_to{line = gc_line}
local live_before = lesson.gc_state().heap_live
prog:run_to{line = prog:find('measure("builder"')}
local gs = lesson.gc_state()
lesson.check(gs.num_gc >= 1 and gs.heap_marked < live_before, "the janitor freed +='s garbage")
lesson.clear()                                -- the label of measure's last room
local gc_code = (prog:source(gc_line):gsub("%s*//.*$", ""))
if way == "concat" then
  lesson.highlight("room", go.load(prog:addr("sink")), "sink: still in use")
  lesson.step("janitor", "Line %d, %s, ran: the janitor found %s still live of the %s in use. The garbage strings are gone.",
    gc_line, gc_code, kit.bytes(gs.heap_marked), kit.bytes(live_before))
end

-- builder: one buffer that grows by append when it is full.
prog:run_to{call = "builder"}
prog:run_to{line = write}
lesson.clear()
lesson.check(prog:addr("b"):Cap() == 0, "a new Builder has no buffer")
-- The growth shown: the first from a buffer of at least SHOW_FROM bytes (its floor and
-- the next one's fit the hotel panel together).
local SHOW_FROM = 64
local seen = {}                               -- b.Cap() after each growth, as the program sees it
local b, b_built
local function builder_measured(detail)
  if detail then
    lesson.highlight("variable", "b", string.format("b: cap %d", prog:addr("b"):Cap()))
    lesson.step("builder", "+= ran on its own; line %d's runtime.GC() cleared its garbage. Line %d, %s, appends to the Builder's []byte buffer: only a full one makes append find a bigger room.",
      gc_line, write, (prog:source(write):gsub("^%s+", ""):gsub("%s*//.*$", "")))
  end
  local shown = false
  b = lesson.measure("builder", function()
    local since = lesson.stats()
    repeat                                    -- standing before line `write`
      local bld = prog:addr("b")
      local old, oldcap = bld:String(), bld:Cap()
      prog:step()
      if bld:Cap() ~= oldcap then
        seen[#seen + 1] = bld:Cap()
        if detail and not shown and oldcap >= SHOW_FROM then
          shown = true
          lesson.check(bld:Cap() == 2 * oldcap, "a small buffer doubles")
          lesson.highlight("room", bld:String(), string.format("b's buffer: %d B", bld:Cap()))
          lesson.highlight("room", old, string.format("old buffer: %d B, garbage", oldcap))
          lesson.step("doubling", "The %d-byte buffer was full: byte %d did not fit. append gave b a %d-byte room, twice as big, and copied the %d bytes.",
            oldcap, bld:Len(), bld:Cap(), go.len(old))
          lesson.clear()
        end
      end
    until prog:run_to{line = write, ret = "builder"}.reason ~= "line"
    if detail then b_built = built("builder", write, since, "sink: b's buffer") end
  end)
  lesson.expect("length after builder", go.len(prog:var("sink")), n)
  lesson.expect("one allocation per growth", b.Mallocs, #seen)
end
if way == "builder" then
  lesson.predict(string.format("builder runs line %d %d times. How many heap allocations?", write, n), function()
    builder_measured(true)
    return string.format("%s, %s of rooms: one each time the buffer was full and append found a bigger room.",
      kit.plural(b.Mallocs, "allocation"), kit.bytes(b.TotalAlloc))
  end)
  local last = seen[#seen]
  lesson.highlight("room", go.load(prog:addr("sink")), "sink: b's buffer")
  lesson.step("no-copy", "b.String() made no copy: sink is b's last buffer, its %d-byte room holding %d bytes.",
    last, go.len(prog:var("sink")))
  lesson.highlight("room", go.load(prog:addr("sink")), "sink: b's last buffer")
  lesson.step("garbage", "The %d older buffers, %s, are garbage for the janitor: each was copied into the next and let go.",
    #seen - 1, kit.bytes(b.TotalAlloc - last))
  lesson.step("other", "+= ran before, on its own: %s, %s. The Builder needed %d times fewer allocations.",
    kit.plural(c.Mallocs, "allocation"), kit.bytes(c.TotalAlloc), c.Mallocs // math.max(b.Mallocs, 1))
else
  builder_measured(false)
  lesson.highlight("room", go.load(prog:addr("sink")), "sink: b's buffer")
  lesson.step("other", "The Builder then ran on its own: line %d ran %d times. b.String() made no copy: sink is b's last buffer. Builder: %s, %s. += needed %d times more allocations.",
    write, n, kit.plural(b.Mallocs, "allocation"), kit.bytes(b.TotalAlloc), c.Mallocs // math.max(b.Mallocs, 1))
end
lesson.clear()
-- The built pause said what its measure reports (the panel's figures, counted the same way).
local said = way == "concat" and { c_built, c } or { b_built, b }
lesson.expect("built: the measure's Mallocs", said[1].Mallocs, said[2].Mallocs)
lesson.expect("built: the measure's TotalAlloc", said[1].TotalAlloc, said[2].TotalAlloc)

-- grown: Grow(n) before the loop.
prog:run_to{call = "grown"}
lesson.clear()
local grow = prog:find("b.Grow(n)")
local gm
lesson.predict(string.format("grown runs line %d, %s, before the same loop. How many allocations now?",
  grow, (prog:source(grow):gsub("%s*//.*$", ""))), function()
  gm = lesson.measure("grown", function() prog:run_to{ret = "grown"} end)
  lesson.expect("Grow: one allocation", gm.Mallocs, 1)
  lesson.clear()                              -- the program's label on that same room
  lesson.highlight("room", go.load(prog:addr("sink")), "sink: the one buffer")
  return string.format("%s of %s: Grow asked for %d bytes at once, so the buffer never had to grow.",
    kit.plural(gm.Mallocs, "allocation"), kit.bytes(gm.TotalAlloc), n)
end)
lesson.clear()

-- growth: the program's own record of b.Cap() after each growth.
prog:run_to{ret = "growth"}
local caps = prog:var("caps")
local list = {}
for i = 0, #caps - 1 do
  list[#list + 1] = caps[i]
  lesson.figure("builder.cap" .. (i + 1), caps[i])
  lesson.expect("the program saw the same growth", caps[i], seen[i + 1])
  lesson.check(is_room_size(caps[i]), "every capacity is a room size")
end
lesson.figure("builder.growths", #caps)
-- "doubles while small, then smaller steps": list[1..k] double each time, then each
-- step is less than double.
local k = 1
while k < #list and list[k + 1] == 2 * list[k] do k = k + 1 end
lesson.check(k >= 2 and k < #list, "the first growths double, the last ones do not")
for i = k, #list - 1 do lesson.check(list[i + 1] < 2 * list[i], "after the doublings, smaller steps") end
lesson.clear()
lesson.highlight("room", caps, "caps")
print("caps: " .. table.concat(list, " "))     -- the list the narration reads, on the console
lesson.step("growth", "growth() recorded b.Cap() after each growth: %s. It doubles while small, then grows by smaller steps, each rounded up to a room size.",
  table.concat(list, ", "))
local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()
lesson.step("cost", "+=: %s, %s. Builder: %s, %s. Grow first: %s, %s. The program printed the same figures itself, from runtime.ReadMemStats (its concat., builder. and grown. lines, scrolled up in the console).",
  kit.plural(c.Mallocs, "allocation"), kit.bytes(c.TotalAlloc), kit.plural(b.Mallocs, "allocation"), kit.bytes(b.TotalAlloc),
  kit.plural(gm.Mallocs, "allocation"), kit.bytes(gm.TotalAlloc))
