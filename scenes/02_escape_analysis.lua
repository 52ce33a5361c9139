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
-- The narration quotes the program instead of retyping it: code(l) is line l of SOURCE,
-- and the slice lengths the model uses are read from the two make calls.
local function code(line) return SOURCE:match("^" .. ("[^\n]*\n"):rep(line - 1) .. "%s*([^\n]*)") end
local function made(line) return tonumber(code(line):match("make%(%[%]int, (%d+)%)")) end
local SMALL, LARGE = made(LINE.small), made(LINE.large)

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
  lesson.step("stack", "stackExample is running: %s; %s. x sits on its plate. %s", code(LINE.stack), code(LINE.stack + 1), said(LINE.stack))
  return nil
end)
local movedExample = go.func("main.movedExample", { "y int escapes" }, function(v)
  v.y = 2
  return go.ref(v, "y")
end)
-- s := make([]int, SMALL) that never leaves: the compiler gives the array a place on the plate.
local smallSlice = go.func("main.smallSlice", { string.format("s [%d]int", SMALL) }, function(v)
  lesson.highlight("frame", "main.smallSlice", string.format("the %d ints sit on this plate", SMALL))
  lesson.step("small", "smallSlice is running: %s never leaves it, so its %s of ints sit on its plate. %s",
    code(LINE.small), kit.bytes(go.sizeof(string.format("[%d]int", SMALL))), said(LINE.small))
  return 1
end)
local largeSlice = go.func("main.largeSlice", { "s []int" }, function(v)
  v.s = go.make("[]int", LARGE)
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
lesson.predict(string.format("Same code with %s. Where does it go?", code(LINE.large)), function()
  local ml = lesson.measure("large", function() g.sinkInt = largeSlice() end)
  lesson.expect("large slice: one heap allocation", ml.Mallocs, 1)
  return string.format("The heap: %s of %s, as a plate holds at most %s from make or new and this is %s. %s. largeSlice has returned: the suite is garbage now.",
    kit.plural(ml.Mallocs, "allocation"), kit.bytes(ml.TotalAlloc), kit.bytes(go.limits.MaxImplicitStackVarSize),
    kit.bytes(LARGE * go.sizeof("int")), said(LINE.large))
end)
lesson.step("rule", "Escape analysis is careful: when it cannot prove a value stays local, the value goes to the heap.")
