-- 13_new_vs_value.lua — runs go/13_new_vs_value.go: new(Pair) kept by the caller costs a
-- room; a local Pair does not. Lua directs; every figure is measured on the Go program.
local kit = require("lesson_kit")
lesson.title("13. new(T) vs a local value")
local prog = go.program("go/13_new_vs_value.go")

local at = prog:run_to{call = "local"}              -- stopped before local's first statement
lesson.highlight("frame", "main.local", "local's plate")
lesson.step("intro", "main calls local. Line %d, %s, puts a Pair on local's plate.",
  at.line, prog:source(at.line))

local calls = 1
local l = lesson.measure("local", function()
  while prog:run_to{call = "local", line = prog:find("keep = mk()")}.reason == "call" do calls = calls + 1 end
end)
lesson.expect("locals stay on the plate", l.Mallocs, 0)
lesson.step("local", "%d calls of local: %s.", calls, kit.plural(l.Mallocs, "heap allocation"))

local line = prog:find("return new(Pair)")
lesson.predict(string.format("mk returns new(Pair) (line %d) and main keeps it. How many rooms for the whole loop?", line), function()
  local made = 0
  local m = lesson.measure("new", function()
    while prog:run_to{call = "mk"}.reason == "call" do made = made + 1 end
  end)
  lesson.expect("one room per call", m.Mallocs, made)
  lesson.highlight("room", prog:var("keep"), "the last Pair")
  return string.format("%s for %d calls, %s. The compiler said: %s.", kit.plural(m.Mallocs, "room"), made,
    kit.bytes(m.TotalAlloc), table.concat(prog:diagnostics(line), "; "))
end)
