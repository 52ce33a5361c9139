-- concat_vs_builder.lua — building a string of n bytes two ways: `s += "a"` in a loop
-- against strings.Builder.WriteString, each measured with runtime.ReadMemStats around it.
-- Param: n (default 1000; the window's V bar suggests 100, 1000, 5000). Go 1.19 counts
-- 999 vs 9 allocations at n = 1000.

local kit = require("lesson_kit")
local n = params.int("n", 1000, { 100, 1000, 5000 })
lesson.title("String concatenation vs strings.Builder")

-- Where the results go, like a benchmark's sink: a package-level variable.
local g = go.globals("sink string")

-- func concat(n int) string { s := ""; for i := 0; i < n; i++ { s += "a" }; return s }
local concat = go.func("main.concat", { "s string" }, function(v, count)
  for _ = 1, count do
    v.s = v.s .. "a"       -- every += copies the whole string into a new, longer one
  end
  return v.s
end)

-- func builder(n int) string { var b strings.Builder; for ... { b.WriteString("a") }; return b.String() }
local builder = go.func("main.builder", { "b strings.Builder" }, function(v, count)
  for _ = 1, count do
    v.b:WriteString("a")   -- appends into one buffer that grows by doubling
  end
  return v.b:String()
end)

lesson.step("before concat", "First, %d times s += \"a\". Watch how many rooms get checked out.", n)
local c = lesson.measure("concat", function() g.sink = concat(n) end)
lesson.expect("length after concat", go.len(g.sink), n)

if c.Mallocs > 0 then lesson.highlight("room", g, "sink", "sink: concat's string") end   -- n < 2: no room
lesson.step("before builder", "concat: %s, %s. Only sink's string is still used; the others are garbage (striped)%s. Now the same string through a strings.Builder.",
  kit.plural(c.Mallocs, "allocation"), kit.bytes(c.TotalAlloc),
  c.NumGC > 0 and string.format(", or already swept by the %s that ran meanwhile", kit.plural(c.NumGC, "GC")) or "")
local b = lesson.measure("builder", function() g.sink = builder(n) end)
lesson.expect("length after builder", go.len(g.sink), n)

if b.Mallocs > 0 then lesson.highlight("room", g, "sink", "sink: the Builder's buffer") end
-- D in the window (and shot --pauses): this pause for n=100 and n=5000 side by side
lesson.compare{ "n=100", "n=5000" }
lesson.notes("D: n=100 and n=5000 side by side. += copies the whole string each time, so its bytes grow with n squared; the Builder's with n.")
lesson.step("compare", "concat: %s, %s; builder: %s, %s. b.String() hands out the Builder's buffer without a copy.",
  kit.plural(c.Mallocs, "allocation"), kit.bytes(c.TotalAlloc), kit.plural(b.Mallocs, "allocation"), kit.bytes(b.TotalAlloc))
