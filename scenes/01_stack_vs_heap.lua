-- 01_stack_vs_heap.lua — Lesson 1: the cafeteria (stack) and the storage room (heap).
-- add(a, b) keeps c on its plate, which is cleared when add returns; createSlice's slice
-- must outlive the call, so it is put in the storage room. Figures compared with
-- tests/lessons/go/01_stack_vs_heap. Param: n (size of createSlice's slice, default 1000;
-- suggested 10, 1000, 5000, 100000).
local kit = require("lesson_kit")
local n = params.int("n", 1000, {10, 1000, 5000, 100000})
lesson.title("1. Stack vs heap: the cafeteria and the storage room")

local g = go.globals("sum int", "kept *[]int")

-- func add(a, b int) int { c := a + b; return c }
local add = go.func("main.add", { "c int" }, function(v, a, b)
  v.c = a + b
  lesson.highlight("frame", "main.add", "c lives on this plate")
  lesson.step("plate", "add is running. Its plate holds c = %d. No room in the hotel was used.", v.c)
  return v.c
end)

-- func createSlice() *[]int { s := make([]int, n); return &s }
local createSlice = go.func("main.createSlice", { "s []int escapes" }, function(v, size)
  v.s = go.make("[]int", size)
  lesson.highlight("room", v.s, "the slice's backing array")
  lesson.step("stored", "createSlice made %d ints. They sit in a heap room, because the caller keeps them.", go.len(v.s))
  return go.ref(v, "s")
end)

lesson.step("intro", "Two places for data. The cafeteria: a stack of plates, one per running function. The storage room: the heap.")
lesson.step("rule", "A plate is cleared the moment its function returns. Anything that must live longer goes to the storage room.")

local m1 = lesson.measure("add", function() g.sum = add(2, 3) end)
lesson.clear()
lesson.expect("add returned 2 + 3", g.sum, 5)
lesson.expect("add allocated nothing", m1.Mallocs, 0)
lesson.step("popped", "add returned %d. Its plate is gone. Heap allocations: %d. Bytes: %d.", g.sum, m1.Mallocs, m1.TotalAlloc)

lesson.predict(string.format("createSlice returns &s, a pointer to a slice of %d ints. How many heap allocations?", n),
  function()
    local m2 = lesson.measure("createSlice", function() g.kept = createSlice(n) end)
    lesson.clear()
    lesson.highlight("room", g.kept, "s itself: moved to heap")
    lesson.expect("slice length", go.len(go.load(g.kept)), n)
    lesson.check(m2.Mallocs >= 1, "createSlice used the heap")
    lesson.figure("sliceBytes", go.len(go.load(g.kept)) * go.sizeof("int"))
    local asked, room = n * go.sizeof("int"), m2.TotalAlloc - go.sizeof("[]int")
    return string.format("%s, %s: the slice header s (%d bytes) and its %d ints (%d bytes, %s).",
      kit.plural(m2.Mallocs, "allocation"), kit.bytes(m2.TotalAlloc), go.sizeof("[]int"), n, asked,
      room == asked and "exactly a room size" or string.format("in a %s of %s", room > lesson.sizes().max_small and "suite" or "room", kit.bytes(room)))
  end)

lesson.highlight("room", go.load(g.kept), "still here after the return")
lesson.step("why", "createSlice has returned, yet the slice is still there. Only the heap can hold data after a plate is cleared.")
lesson.step("cost", "The plate cost nothing to clean. The storage room will need the janitor (the garbage collector) later.")
