-- 07_values_vs_pointers.lua — Lesson 7: a Point returned by value stays in frames (plates);
-- returned as a pointer, &p, it moves to the heap: one allocation per call.
-- Param: n (calls, default 100; the window's V bar suggests 10, 100, 1000). Figures compared with tests/lessons/go/07_values_vs_pointers.
local kit = require("lesson_kit")
local n = params.int("n", 100, { 10, 100, 1000 })
lesson.title("7. Values vs pointers")

go.struct("Point", { "X int", "Y int", "Z int" })
local g = go.globals("sinkP *Point")
-- var q Point: main's own variable, on main's plate; q = byValue(i) receives each copy.
local mv = go.vars("q Point")

-- func byValue(i int) Point { p := Point{i, i + 1, i + 2}; return p }
-- `return p` copies p to the caller (here into main's q) before the plate is cleared.
local byValue = go.func("main.byValue", { "p Point" }, function(v, i)
  v.p.X, v.p.Y, v.p.Z = i, i + 1, i + 2
  mv.q = v.p
end)
-- func byPointer(i int) *Point { p := Point{i, i + 1, i + 2}; return &p }
local byPointer = go.func("main.byPointer", { "p Point escapes" }, function(v, i)
  v.p.X, v.p.Y, v.p.Z = i, i + 1, i + 2
  return go.ref(v, "p")
end)

lesson.step("intro", "A Point is %d bytes: %d ints. We can hand it back as a value, or as a pointer to it.",
  go.sizeof("Point"), go.sizeof("Point") // go.sizeof("int"))
local val = lesson.measure("value", function()
  for i = 1, n do byValue(i) end   -- q = byValue(i): the copy lands in q; byValue's plate is cleared
end)
lesson.expect("values: no heap", val.Mallocs, 0)
lesson.expect("the last copy arrived", mv.q.Z, n + 2)
-- q's line on main's plate (the window finds the local by the highlight's label, so no note)
lesson.highlight("variable", "q")
lesson.step("value", "%d calls returning the value: %s. Each Point was copied into q, %s on main's plate, before byValue's plate was cleared.",
  n, kit.plural(val.Mallocs, "heap allocation"), kit.bytes(go.sizeof("Point")))

lesson.step("copy", "Copying %d bytes costs about as much as writing %d numbers. No janitor is involved.",
  go.sizeof("Point"), go.sizeof("Point") // go.sizeof("int"))
lesson.predict(string.format("%d calls returning &p instead. How many heap allocations, and how many bytes?", n), function()
  local ptr = lesson.measure("pointer", function() for i = 1, n do g.sinkP = byPointer(i) end end)
  lesson.expect("one allocation per call", ptr.Mallocs, n)
  lesson.expect("the pointer sees the last point", g.sinkP.Z, n + 2)
  lesson.highlight("room", g.sinkP, "p, moved to heap")
  return string.format("%s, %s. p must outlive its plate, so each one moved to the heap.",
    kit.plural(ptr.Mallocs, "allocation"), kit.bytes(ptr.TotalAlloc))
end)
local live = lesson.stats().HeapObjects     -- rooms in use or not yet swept: sinkP's Point and the garbage
lesson.check(live >= 1, "the last Point is in the heap")
lesson.highlight("room", g.sinkP, "the last Point: still pointed to")
lesson.step("garbage", "Only the last Point is still pointed to by sinkP. The other %d (striped) are garbage for the janitor.", live - 1)
lesson.highlight("room", g, "sinkP", "the Point sinkP points to")
lesson.step("share", "A pointer is only %d bytes to pass around, but the %d-byte object behind it now lives in the hotel.",
  go.sizeof("*Point"), go.sizeof("Point"))
lesson.step("rule", "Small structs: pass and return values. Use pointers when you must share or change one object.")
