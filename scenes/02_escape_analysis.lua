-- 02_escape_analysis.lua — Lesson 2: the compiler decides where each variable lives.
-- The article's three functions (stays on the stack; boxed for fmt.Println; returns &y)
-- and a small and a large slice, each with the message `go build -gcflags=-m` prints for
-- it. The messages come from gohotel's escape analysis through go.escape (see
-- docs/writing-lessons.md: a binding still missing in some builds; the lesson says so).
-- Allocation figures compared with tests/lessons/go/02_escape_analysis.
local kit = require("lesson_kit")
lesson.title("2. Escape analysis: who leaves the cafeteria?")

-- The Go program the lesson follows (tests/lessons/go/02_escape_analysis/article/main.go).
local SOURCE = [[
package main

import "fmt"

//go:noinline
func stackExample() {
	x := 1
	println(x)
}

//go:noinline
func escapeExample() {
	z := 3
	fmt.Println(z)
}

//go:noinline
func movedExample() *int {
	y := 2
	return &y
}

//go:noinline
func smallSlice() int {
	s := make([]int, 1000)
	s[0] = 1
	return s[0]
}

//go:noinline
func largeSlice() int {
	s := make([]int, 10000)
	s[0] = 1
	return s[0]
}

//go:noinline
func createSlice() *[]int {
	s := make([]int, 1000)
	return &s
}

func main() {
	stackExample()
	escapeExample()
	_ = movedExample()
	_ = smallSlice()
	_ = largeSlice()
	_ = createSlice()
}
]]
local LINE = { stack = 7, escape = 14, moved = 19, small = 25, large = 32 }

local diags = kit.escape(SOURCE)
local function said(line)
  if not diags then return "(this build cannot run the escape analysis inside a lesson: run gohotel escape on the file)" end
  local m = kit.diag_for(diags, line)
  if #m == 0 then return "Go prints nothing for it: silence means it stayed local." end
  return "Go prints: " .. table.concat(m, "; ")
end

local g = go.globals("sinkPtr *int", "sinkInt int")

local stackExample = go.func("main.stackExample", { "x int" }, function(v)
  v.x = 1
  lesson.highlight("variable", "x", "stays on the plate")
  lesson.step("stack", "stackExample is running: x := 1; println(x). x sits on its plate. %s", said(LINE.stack))
  return nil
end)
local movedExample = go.func("main.movedExample", { "y int escapes" }, function(v)
  v.y = 2
  return go.ref(v, "y")
end)
-- s := make([]int, 1000) that never leaves: the compiler gives the array a place on the plate.
local smallSlice = go.func("main.smallSlice", { "s [1000]int" }, function(v)
  lesson.highlight("frame", "main.smallSlice", "the 1000 ints sit on this plate")
  lesson.step("small", "smallSlice is running: make([]int, 1000) never leaves it, so its %s of ints sit on its plate. %s",
    kit.bytes(go.sizeof("[1000]int")), said(LINE.small))
  return 1
end)
local largeSlice = go.func("main.largeSlice", { "s []int" }, function(v)
  v.s = go.make("[]int", 10000)
  v.s[0] = 1
  lesson.highlight("room", v.s, "too big for a plate")
  lesson.step("large", "largeSlice is running: s on its plate points to %s of ints in the heap.",
    kit.bytes(go.cap(v.s) * go.sizeof("int")))
  return v.s[0]
end)

lesson.step("intro", "Go's compiler reads each function and asks: can this value stay on the plate? This is escape analysis.")
lesson.step("tool", "You can see its answers: go build -gcflags=-m main.go. Let us run the article's examples.")

-- 1. stays on the stack
local m = lesson.measure("stack", function() stackExample() end)
lesson.expect("stackExample allocates nothing", m.Mallocs, 0)
lesson.step("stack-done", "stackExample returned, and its plate with x on it is gone. Heap allocations: %d.", m.Mallocs)

-- 2. boxing for fmt.Println
lesson.step("boxing", "escapeExample passes z to fmt.Println, which takes an interface. %s", said(LINE.escape))
lesson.step("boxing-why", "To put a value in an interface, Go may copy it into a heap box. That copy is what escapes.")
if diags then
  lesson.check(table.concat(kit.diag_for(diags, LINE.escape), ";"):find("z escapes to heap") ~= nil,
    "Go reports z escapes to heap")
end

-- 3. returning &y
lesson.predict("movedExample returns &y. Where must y live, and how many bytes will it take?", function()
  local mm = lesson.measure("moved", function() g.sinkPtr = movedExample() end)
  lesson.expect("y kept its value", go.load(g.sinkPtr), 2)
  lesson.expect("one allocation for y", mm.Mallocs, 1)
  lesson.highlight("room", g.sinkPtr, "y, now in the heap")
  return string.format("In the heap: %s, %s (the %d-byte int went into a new tiny block). %s",
    kit.plural(mm.Mallocs, "allocation"), kit.bytes(mm.TotalAlloc), go.sizeof("int"), said(LINE.moved))
end)
if diags then lesson.check(#kit.diag_for(diags, LINE.moved) > 0, "Go reports moved to heap: y") end

-- 4. small vs large slices
lesson.clear()
local ms = lesson.measure("small", function() g.sinkInt = smallSlice() end)
lesson.expect("small slice: no heap", ms.Mallocs, 0)
lesson.step("small-done", "smallSlice returned: %s. The plate, with its ints, is gone.", kit.plural(ms.Mallocs, "heap allocation"))
lesson.predict("Same code with make([]int, 10000). Where does it go?", function()
  local ml = lesson.measure("large", function() g.sinkInt = largeSlice() end)
  lesson.expect("large slice: one heap allocation", ml.Mallocs, 1)
  return string.format("The heap: %s of %s, as a plate holds at most 64 KiB from make or new and this is %s. %s. largeSlice has returned: the suite is garbage now.",
    kit.plural(ml.Mallocs, "allocation"), kit.bytes(ml.TotalAlloc), kit.bytes(10000 * go.sizeof("int")), said(LINE.large))
end)
lesson.step("rule", "Escape analysis is careful: when it cannot prove a value stays local, the value goes to the heap.")
