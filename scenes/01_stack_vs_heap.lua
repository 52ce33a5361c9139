-- 01_stack_vs_heap.lua — Lesson 1: the cafeteria (stack) and the storage room (heap).
-- The scene runs the real Go program go/01_stack_vs_heap.go and directs it: add(2, 3)
-- keeps c on its plate, which is cleared when add returns; createSlice's slice must
-- outlive the call, so it is put in the storage room. Every figure is measured on the
-- running program and compared with what real Go 1.19 prints for the same file
-- (tests/lessons/go/01_stack_vs_heap/expected.txt).
local kit = require("lesson_kit")
lesson.title("1. Stack vs heap: the cafeteria and the storage room")
local prog = go.program("go/01_stack_vs_heap.go")

-- The compiler's verdicts on a line, as `go build -gcflags=-m` prints them.
local function verdicts(line) return table.concat(prog:diagnostics(line), "; ") end

lesson.notes("Ask the class first: where does a local variable live? Keep both pictures in view: plates for the stack, rooms for the heap.")
lesson.step("intro", "Two places for data. The cafeteria: a stack of plates, one per running function. The storage room: the heap.")
lesson.step("rule", "A plate is cleared the moment its function returns. Anything that must live longer goes to the storage room.")

-- add: from its first statement to its return, measured as the Go program's own
-- runtime.ReadMemStats around the call measures it.
prog:run_to{call = "add"}
local a, b = prog:var("a"), prog:var("b")
local m1 = lesson.measure("add", function()
  local at = prog:run_to{line = prog:find("return c")}
  lesson.highlight("frame", "main.add", "add's plate")
  lesson.highlight("variable", "c", "c lives here")
  lesson.step("plate", "Line %d, %s, has run. add is running: its plate holds a = %d and b = %d (marked dead: nothing reads them again) and c = %d. No room in the hotel was used.",
    at.ran, prog:source(at.ran), a, b, prog:var("c"))
  prog:run_to{ret = "add"}
end)
lesson.clear()
lesson.expect("add returned a + b", prog:var("sum"), a + b)
lesson.expect("add allocated nothing", m1.Mallocs, 0)
lesson.step("popped", "add returned %d. Its plate is gone. Heap allocations: %d. Bytes: %d. The marked line, in measure, is about to read the same from runtime.ReadMemStats.",
  prog:var("sum"), m1.Mallocs, m1.TotalAlloc)

-- createSlice: stopped at its first statement, the class predicts; then it runs.
local n
local enter = prog:run_to{call = "createSlice"}
local make_line = enter.line
lesson.clear()                                -- the label of measure's Printf buffer
lesson.notes("Give the class half a minute, then ask for a show of hands: none, one, or two allocations? Ask why before you press PageDown.")
lesson.predict(string.format("createSlice is next: line %d, %s, then it returns &s. How many heap allocations?",
  make_line, prog:source(make_line)),
  function()
    local asked
    local m2 = lesson.measure("createSlice", function()
      prog:run_to{line = prog:find("return &s")}
      local s = prog:var("s")
      n, asked = go.len(s), go.len(s) * go.sizeof("int")
      -- go.program labels the room of s itself with the compiler's verdict for line 25.
      lesson.step("stored", "Line %d ran. The compiler said: %s. So s itself got a heap room (labelled), and make's %d ints (%s) another: the caller keeps &s.",
        make_line, verdicts(make_line), n, kit.bytes(asked))
      prog:run_to{ret = "createSlice"}
    end)
    lesson.clear()
    lesson.check(m2.Mallocs >= 1, "createSlice used the heap")
    lesson.figure("sliceBytes", asked)
    local header = go.sizeof("[]int")
    local room = m2.TotalAlloc - header
    return string.format("%s, %s: the slice header s (%d bytes) and its %d ints (%d bytes, %s).",
      kit.plural(m2.Mallocs, "allocation"), kit.bytes(m2.TotalAlloc), header, n, asked,
      room == asked and "exactly a room size" or string.format("in a %s of %s", room > lesson.sizes().max_small and "suite" or "room", kit.bytes(room)))
  end)

-- Back in main: kept points at s's room, and s's array is still there.
local kept = prog:var("kept")
lesson.expect("kept holds createSlice's slice", go.len(go.load(kept)), n)
lesson.highlight("room", go.load(kept), "still here after the return")
lesson.step("why", "createSlice's plate is gone, yet its %d ints are still in their room, in use: main keeps &s in kept. Only the heap can hold data after a plate is cleared.",
  go.len(go.load(kept)))
local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.step("cost", "The plate cost nothing to clean. The storage room will need the janitor (the garbage collector) later. The console shows what the Go program measured itself, with runtime.ReadMemStats.")
