-- 07_values_vs_pointers.lua — Lesson 7: a Point returned by value is copied into the
-- caller's variable and never touches the heap; returned as &p, p must outlive its plate,
-- so it moves to the heap: one room per call. The scene runs the real Go program
-- go/07_values_vs_pointers.go and directs it; every figure is measured on the running
-- program and compared with what real Go 1.19 prints for the same file
-- (tests/lessons/go/07_values_vs_pointers/expected.txt).
local kit = require("lesson_kit")
lesson.title("7. Values vs pointers")
local prog = go.program("go/07_values_vs_pointers.go")
-- Go's runtime leaves a few rooms in the hotel before main (its start-up; the first GC frees
-- all but its list of goroutines): they are not the program's, and the counts below leave them out.
local startup = lesson.stats().Mallocs

-- A line's code without its comment, to quote it.
local function code(line) return (prog:source(line):gsub("^%s*", ""):gsub("%s*//.*$", "")) end

-- measure's f for the values, measured whole, as the program's own measure measures it.
local value_line = prog:find("return p")
local point, int
prog:run_to{call = "main.func1"}
local calls = prog:var("calls")                     -- package variables are set before main runs
local val = lesson.measure("value", function()
  prog:run_to{line = prog:find("for i := 1; i <= calls; i++ {")}   -- q is declared
  point, int = prog:sizeof("q"), prog:sizeof("q.X")
  lesson.figure("Point.size", point)                -- the program prints unsafe.Sizeof(kept)
  lesson.highlight("variable", "q", "q")
  lesson.step("intro", "q is a Point: %d bytes, %d ints of %d. byValue returns a Point as a value; byPointer returns &p, a pointer to one.",
    point, point // int, int)
  lesson.clear()
  local first = prog:run_to{line = value_line}
  local i = prog:var("i")
  lesson.highlight("frame", "main.byValue", "plate")
  lesson.highlight("variable", "p", string.format("{%d, %d, %d}", prog:var("p.X"), prog:var("p.Y"), prog:var("p.Z")))
  lesson.step("plate", "Call %d: byValue built p = {%d, %d, %d} on its own plate (line %d). Now line %d: %s.",
    i, prog:var("p.X"), prog:var("p.Y"), prog:var("p.Z"), first.ran, value_line, code(value_line))
  prog:run_to{ret = "byValue"}
  lesson.clear()
  lesson.expect("q received the copy", prog:var("q.Z"), i + 2)
  lesson.highlight("variable", "q", string.format("{%d, %d, %d}", prog:var("q.X"), prog:var("q.Y"), prog:var("q.Z")))
  lesson.step("copy", "The %d bytes were copied into the caller's q: q = {%d, %d, %d}. byValue's plate is gone, and no room in the hotel was used.",
    point, prog:var("q.X"), prog:var("q.Y"), prog:var("q.Z"))
  lesson.clear()
  prog:run_to{ret = "main.func1"}
end)
lesson.expect("values: no heap", val.Mallocs, 0)
lesson.expect("kept holds the last copy", prog:var("kept.Z"), calls + 2)
lesson.figure("value.lastZ", prog:var("kept.Z"))
lesson.step("value", "%d calls returning the value: %s, %s. Copying %d bytes is as cheap as writing %d numbers: no janitor needed.",
  calls, kit.plural(val.Mallocs, "heap allocation"), kit.bytes(val.TotalAlloc), point, point // int)
lesson.clear()

-- byPointer: the same Point, but the caller keeps its address.
local ptr_line = prog:find("return &p")
local made_line = prog:find("p := Point{i, i + 1, i + 2}", ptr_line - 2)
local ptr
lesson.check(lesson.stats().Mallocs == startup, "no room of the program's in the hotel yet")
prog:run_to{call = "main.func2"}                  -- measure printed value's figures on the way
local printed = lesson.stats().Mallocs - startup  -- fmt.Printf's rooms: the program's only ones so far
lesson.clear()                                    -- go.program's label of Printf's last room
lesson.predict(string.format("Line %d keeps each result of byPointer, which ends in %s. %d calls: how many heap allocations, and how many bytes?",
  prog:find("sinkP = byPointer(i)"), code(ptr_line), calls), function()
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

lesson.expect("sinkP sees the last Point", prog:var("sinkP.Z"), calls + 2)
lesson.figure("pointer.lastZ", prog:var("sinkP.Z"))
lesson.highlight("room", prog:var("sinkP"), string.format("sinkP: {%d, %d, %d}", prog:var("sinkP.X"), prog:var("sinkP.Y"), prog:var("sinkP.Z")))
lesson.expect("Mallocs: the Points, fmt's rooms and the runtime's", lesson.stats().Mallocs, ptr.Mallocs + printed + startup)
lesson.step("garbage", "sinkP points only to the last Point, {%d, %d, %d}. The other %d Points are garbage (striped): nothing points to them. The program's other %d Mallocs were fmt.Printf's; %d rooms are Go's runtime's, made before main.",
  prog:var("sinkP.X"), prog:var("sinkP.Y"), prog:var("sinkP.Z"), ptr.Mallocs - 1, printed, startup)
lesson.highlight("room", prog:var("sinkP"), "sinkP points here")
lesson.figure("pointer.size", prog:sizeof("sinkP"))
lesson.step("share", "sinkP itself is only %d bytes to copy around, but the %d-byte Point behind it stays in the hotel as long as sinkP points to it. Then the janitor must free it.",
  prog:sizeof("sinkP"), point)
lesson.clear()
local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()                                    -- go.program's label of the last Printf's room
lesson.step("rule", "Small structs: pass and return them as values. Use a pointer when one object must be shared or changed in place.")
