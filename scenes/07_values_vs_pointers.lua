-- 07_values_vs_pointers.lua — Lesson 7: a Point returned by value is copied into the
-- caller's variable and never touches the heap; returned as &p, p must outlive its plate,
-- so it moves to the heap: one room per call. The scene runs the real Go program
-- go/07_values_vs_pointers.go and directs it; every figure is measured on the running
-- program and compared with what real Go 1.19 prints for the same file
-- (tests/lessons/go/07_values_vs_pointers/expected.txt).
local kit = require("lesson_kit")
lesson.title("7. Values vs pointers")
local prog = go.program("go/07_values_vs_pointers.go")

-- A line's code without its comment, to quote it.
local function code(line) return (prog:source(line):gsub("^%s*", ""):gsub("%s*//.*$", "")) end

-- main, with q declared: a Point's size and its fields' are the program's own.
prog:run_to{line = prog:find('measure("value"')}
local point, int = prog:sizeof("q"), prog:sizeof("q.X")
local calls = prog:var("calls")
lesson.highlight("variable", "q", "q: a Point on main's plate")
lesson.step("intro", "main's q is a Point: %d bytes, %d ints of %d. byValue returns a Point as a value; byPointer returns &p, a pointer to one.",
  point, point // int, int)

-- byValue, measured from its loop's start to its end, as the program's measure does.
local value_line = prog:find("return p")
prog:run_to{call = "main.func1"}
local val = lesson.measure("value", function()
  local first = prog:run_to{line = value_line}
  local i = prog:var("i")
  lesson.highlight("frame", "main.byValue", "byValue's plate")
  lesson.highlight("variable", "p", "p")
  lesson.step("plate", "Call %d: byValue built p = {%d, %d, %d} on its own plate (line %d). Now line %d: %s.",
    i, prog:var("p.X"), prog:var("p.Y"), prog:var("p.Z"), first.ran, value_line, code(value_line))
  prog:run_to{ret = "byValue"}
  lesson.clear()
  lesson.expect("q received the copy", prog:var("q.Z"), i + 2)
  lesson.highlight("variable", "q", "q: the copy")
  lesson.step("copy", "The %d bytes were copied into main's q: q = {%d, %d, %d}. byValue's plate is gone, and no room in the hotel was used.",
    point, prog:var("q.X"), prog:var("q.Y"), prog:var("q.Z"))
  lesson.clear()
  prog:run_to{ret = "main.func1"}
end)
prog:run_to{ret = "measure"}                      -- measure printed the program's own figures
lesson.expect("values: no heap", val.Mallocs, 0)
lesson.expect("q holds the last copy", prog:var("q.Z"), calls + 2)
lesson.figure("value.lastZ", prog:var("q.Z"))
lesson.highlight("variable", "q", "q: the last copy")
lesson.step("value", "%d calls returning the value: %s, %s. Copying %d bytes is as cheap as writing %d numbers: no janitor needed.",
  calls, kit.plural(val.Mallocs, "heap allocation"), kit.bytes(val.TotalAlloc), point, point // int)
lesson.clear()

-- byPointer: the same Point, but the caller keeps its address.
local ptr_line = prog:find("return &p")
local made_line = prog:find("p := Point{i, i + 1, i + 2}", ptr_line - 2)
local ptr
lesson.predict(string.format("byPointer returns &p (line %d). %d calls, each result kept in sinkP: how many heap allocations, and how many bytes?",
  ptr_line, calls), function()
  prog:run_to{call = "main.func2"}
  ptr = lesson.measure("pointer", function() prog:run_to{ret = "main.func2"} end)
  lesson.expect("one room per call", ptr.Mallocs, calls)
  lesson.expect("each room is one Point", ptr.TotalAlloc, ptr.Mallocs * point)
  lesson.clear()                                  -- go.program's label of the newest room
  lesson.highlight("room", prog:var("sinkP"), "the last p")
  return string.format("%s, %d bytes: one %d-byte room per call. The compiler said: %s (line %d). p must outlive byPointer's plate.",
    kit.plural(ptr.Mallocs, "allocation"), ptr.TotalAlloc, point,
    table.concat(prog:diagnostics(made_line), "; "), made_line)
end)
lesson.clear()

prog:run_to{ret = "measure"}
lesson.expect("sinkP sees the last Point", prog:var("sinkP.Z"), calls + 2)
lesson.figure("pointer.lastZ", prog:var("sinkP.Z"))
lesson.highlight("room", prog:var("sinkP"), "sinkP points here")
lesson.step("garbage", "sinkP points only to the last Point, {%d, %d, %d}. The other %d rooms hold Points nothing points to: garbage for the janitor.",
  prog:var("sinkP.X"), prog:var("sinkP.Y"), prog:var("sinkP.Z"), ptr.Mallocs - 1)
lesson.highlight("room", prog:var("sinkP"), "sinkP points here")
lesson.step("share", "sinkP itself is only %d bytes to copy around, but the %d-byte Point behind it lives in the hotel until the janitor frees it.",
  prog:sizeof("sinkP"), point)
lesson.clear()
local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.step("rule", "Small structs: pass and return them as values. Use a pointer when one object must be shared or changed in place.")
