-- concat_vs_builder.lua — building a string of n bytes two ways: `s += "a"` in a loop
-- against strings.Builder.WriteString, each measured with runtime.ReadMemStats around it.
-- Param: n (default 1000). Go 1.19 counts 999 vs 9 allocations at n = 1000.

local n = params.int("n", 1000)
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

lesson.say("First, " .. n .. " times s += \"a\". Watch how many rooms get checked out.")
lesson.pause("before concat")
local c = lesson.measure("concat", function() g.sink = concat(n) end)
lesson.expect("length after concat", go.len(g.sink), n)

lesson.say("Now the same string through a strings.Builder.")
lesson.pause("before builder")
local b = lesson.measure("builder", function() g.sink = builder(n) end)
lesson.expect("length after builder", go.len(g.sink), n)

lesson.say(string.format("concat: %d allocations, %d bytes; builder: %d allocations, %d bytes.",
  c.Mallocs, c.TotalAlloc, b.Mallocs, b.TotalAlloc))
lesson.pause("compare")
