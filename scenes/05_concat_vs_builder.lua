-- 05_concat_vs_builder.lua — Lesson 5: building a string with s += "a" against a
-- strings.Builder. The scene runs the real Go program go/05_concat_vs_builder.go and
-- directs it: the class watches one s += "a" make a new room beside the old one,
-- runtime.GC clear the garbage, the Builder's buffer outgrow its room and double, and
-- Grow(n) give one room up front. Every figure is measured on the
-- running program and compared with what real Go 1.19 prints for the same file
-- (tests/lessons/go/05_concat_vs_builder/expected.txt).
-- (scenes/concat_vs_builder.lua is the short, Lua-only version of this lesson.)
local kit = require("lesson_kit")
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

-- concat: s += "a", n times.
prog:run_to{call = "concat"}
local n = prog:var("n")
local plus = prog:find('s += "a"', prog:find("func concat"))
lesson.step("intro", "Go strings never change. Line %d, %s, cannot add a byte to s: it makes a new string, copies s into it, then adds \"a\".",
  plus, prog:source(plus))

local c
lesson.predict(string.format("concat runs line %d %d times. How many heap allocations?", plus, n), function()
  c = lesson.measure("concat", function()
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
    prog:run_to{ret = "concat"}
  end)
  lesson.expect("length after concat", go.len(prog:var("sink")), n)
  lesson.check(c.Mallocs == n - 1, "one allocation per += but the first: \"\" + \"a\" is just \"a\"")
  return string.format("%s, %s of rooms. The first += made none: \"\" + \"a\" is just \"a\". Every other one made a new string.",
    kit.plural(c.Mallocs, "allocation"), kit.bytes(c.TotalAlloc))
end)
local sink = go.load(prog:addr("sink"))
lesson.highlight("room", sink, "sink: the last string")
lesson.step("garbage", "Only sink's %d bytes (a %d-byte room) are still used. The other %d strings, %s, are garbage for the janitor.",
  go.len(sink), room_of(go.len(sink)), c.Mallocs - 1, kit.bytes(c.TotalAlloc - room_of(go.len(sink))))
lesson.clear()

-- main's runtime.GC(): the janitor clears the garbage before the Builder runs, so the
-- Builder's rooms stand on fresh floors, side by side.
local gc_line = prog:find("runtime.GC()")
prog:run_to{line = gc_line}
local live_before = lesson.gc_state().heap_live
prog:run_to{line = prog:find('measure("builder"')}
local gs = lesson.gc_state()
lesson.check(gs.num_gc >= 1 and gs.heap_marked < live_before, "the janitor freed +='s garbage")
lesson.clear()                                -- the label of measure's last room
lesson.highlight("room", go.load(prog:addr("sink")), "sink: still in use")
lesson.step("janitor", "Line %d, %s, ran: the janitor found %s still live of the %s in use. The garbage strings are gone.",
  gc_line, (prog:source(gc_line):gsub("%s*//.*$", "")), kit.bytes(gs.heap_marked), kit.bytes(live_before))

-- builder: one buffer that grows by append when it is full.
prog:run_to{call = "builder"}
local write = prog:find('b.WriteString("a")', prog:find("func builder"))
prog:run_to{line = write}
lesson.clear()
lesson.check(prog:addr("b"):Cap() == 0, "a new Builder has no buffer")
lesson.highlight("variable", "b", string.format("b: cap %d, no buffer", prog:addr("b"):Cap()))
lesson.step("builder", "A strings.Builder keeps a []byte buffer. Line %d, %s, appends to it. Only a full buffer makes append find a bigger room and copy.",
  write, prog:source(write))
-- The growth shown: the first from a buffer of at least SHOW_FROM bytes (its floor and
-- the next one's fit the hotel panel together).
local SHOW_FROM = 64
local seen, shown = {}, false                 -- b.Cap() after each growth, as the program sees it
local b = lesson.measure("builder", function()
  repeat                                      -- standing before line `write`
    local bld = prog:addr("b")
    local old, oldcap = bld:String(), bld:Cap()
    prog:step()
    if bld:Cap() ~= oldcap then
      seen[#seen + 1] = bld:Cap()
      if not shown and oldcap >= SHOW_FROM then
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
end)
lesson.expect("length after builder", go.len(prog:var("sink")), n)
lesson.expect("one allocation per growth", b.Mallocs, #seen)
lesson.highlight("room", go.load(prog:addr("sink")), "sink: b's buffer")
lesson.step("builder-count", "b.String() made no copy: sink is b's last buffer. Builder: %s, %s. += needed %d times more allocations.",
  kit.plural(b.Mallocs, "allocation"), kit.bytes(b.TotalAlloc), c.Mallocs // math.max(b.Mallocs, 1))
lesson.clear()

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
