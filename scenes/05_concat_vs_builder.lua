-- 05_concat_vs_builder.lua — Lesson 5: building a string with s += "a" against
-- strings.Builder (the article's two functions), with Go's real counts, bytes, GC cycles
-- caused, the Builder's capacity after each growth and Grow(n) up front.
-- Param: n (default 1000). Figures compared with tests/lessons/go/05_concat_vs_builder.
-- (scenes/concat_vs_builder.lua is the short version of this lesson; it stays as is.)
local kit = require("lesson_kit")
local n = params.int("n", 1000, {100, 1000, 5000, 20000})
lesson.title("5. String concatenation vs strings.Builder")

local g = go.globals("sink string")

local concat = go.func("main.concat", { "s string" }, function(v, count)
  for _ = 1, count do v.s = v.s .. "a" end      -- s += "a": a new, longer string each time
  return v.s
end)
local builder = go.func("main.builder", { "b strings.Builder" }, function(v, count)
  for _ = 1, count do v.b:WriteString("a") end   -- appends into one growing buffer
  return v.b:String()
end)
local grown = go.func("main.grown", { "b strings.Builder" }, function(v, count)
  v.b:Grow(count)                                 -- one buffer of the right size first
  for _ = 1, count do v.b:WriteString("a") end
  return v.b:String()
end)

lesson.step("intro", "Go strings never change. s += \"a\" cannot add to s: it makes a new string and copies the old one into it.")
local c
lesson.predict(string.format("How many heap allocations for %d times s += \"a\"?", n), function()
  c = lesson.measure("concat", function() g.sink = concat(n) end)
  lesson.expect("length after concat", go.len(g.sink), n)
  lesson.check(c.Mallocs == n - 1, "one allocation per += except the first, which reuses the literal")
  return string.format("%s and %s of rooms. The first += just reuses the literal \"a\"; every other one copies.",
    kit.plural(c.Mallocs, "allocation"), kit.bytes(c.TotalAlloc))
end)
lesson.highlight("room", g.sink, "the final string; the others are garbage")
lesson.step("garbage", "Only the last string is still used. The %d before it are garbage for the janitor.", c.Mallocs - 1)

lesson.clear()                                    -- the next step replaces sink
lesson.step("builder", "strings.Builder keeps one byte buffer. WriteString appends to it, growing it only when it is full.")
local b = lesson.measure("builder", function() g.sink = builder(n) end)
lesson.expect("length after builder", go.len(g.sink), n)
lesson.highlight("room", g, "sink", "the Builder's buffer, now the string")
lesson.step("builder-count", "Builder: %s, %s. Concatenation needed %d times more allocations.",
  kit.plural(b.Mallocs, "allocation"), kit.bytes(b.TotalAlloc), c.Mallocs // math.max(b.Mallocs, 1))

-- how the buffer grows
local v = go.vars("w strings.Builder")
local caps, last = {}, -1
for _ = 1, n do
  v.w:WriteString("a")
  if v.w:Cap() ~= last then last = v.w:Cap(); caps[#caps + 1] = last end
end
for i, cap in ipairs(caps) do lesson.figure("builder.cap" .. i, cap) end
lesson.figure("builder.growths", #caps)
lesson.expect("one growth per allocation", #caps, b.Mallocs)
lesson.step("growth", "Its capacity went %s. It doubles while small, then grows by smaller steps, rounded to room sizes.",
  table.concat(caps, ", "))

lesson.predict("If we call b.Grow(n) first, how many allocations?", function()
  local gm = lesson.measure("grown", function() g.sink = grown(n) end)
  lesson.expect("Grow: one allocation", gm.Mallocs, 1)
  return string.format("%s of %s: the buffer never has to grow.", kit.plural(gm.Mallocs, "allocation"), kit.bytes(gm.TotalAlloc))
end)
-- GC cycles: one call at the default n stays below the first trigger, so, like a server,
-- build the string again and again, enough times for +='s garbage to pass the trigger a
-- few times over. The number of repetitions is computed, not typed.
local trigger = lesson.gc_state().trigger
local MAX_REPS = 2000                         -- keeps a tiny --param n quick
local reps = math.min(math.max(math.ceil(2.5 * trigger / c.TotalAlloc), 1), MAX_REPS)
lesson.step("gc", "One call made %s for the janitor. It starts a cycle when heapLive (janitor panel) reaches the trigger, %s. A server builds such strings all day.",
  kit.bytes(c.TotalAlloc), kit.bytes(trigger))
lesson.predict(string.format("We build the %d-byte string %d times with +=, then %d times with a Builder. How many GC cycles each?", n, reps, reps), function()
  local cr = lesson.measure("concat.repeat", function() for _ = 1, reps do g.sink = concat(n) end end)
  local br = lesson.measure("builder.repeat", function() for _ = 1, reps do g.sink = builder(n) end end)
  lesson.check(cr.NumGC >= br.NumGC, "concatenation makes the janitor run at least as often")
  if reps < MAX_REPS then lesson.check(cr.NumGC > br.NumGC, "enough garbage: concatenation makes the janitor run more often") end
  return string.format("+=: %s for %s of rooms. Builder: %s for %s. Every cycle costs CPU time and two short pauses.",
    kit.plural(cr.NumGC, "GC cycle"), kit.bytes(cr.TotalAlloc), kit.plural(br.NumGC, "GC cycle"), kit.bytes(br.TotalAlloc))
end)
