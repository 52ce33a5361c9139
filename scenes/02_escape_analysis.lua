-- 02_escape_analysis.lua — Lesson 2: the compiler decides where each variable lives.
-- The scene runs the real Go program go/02_escape_analysis.go and directs it: for each of
-- its five functions it stops where the telling line has run, quotes the verdict
-- `go build -gcflags=-m` gives for that line (prog:diagnostics, gohotel's escape analysis,
-- checked against Go's by lesson/02_escape_analysis_diagnostics_vs_go) and points at what
-- the line made: a slot on the function's plate or a room in the hotel. Every figure is
-- measured on the running program and compared with what real Go 1.19 prints for the
-- same file (tests/lessons/go/02_escape_analysis/expected.txt).
local kit = require("lesson_kit")
lesson.title("2. Escape analysis: who leaves the cafeteria?")
local prog = go.program("go/02_escape_analysis.go")

-- The compiler's verdicts on a line, as `go build -gcflags=-m` prints them.
local function verdict(line)
  local v = prog:diagnostics(line)
  if #v == 0 then return "nothing (silence: it stays local)" end
  return "\"" .. table.concat(v, "\"; \"") .. "\""
end

-- Runs function fn of the program from its call (unless the program already stands
-- there) to its return as lesson.measure `name`; inside(), called on the way, stops
-- somewhere in fn and narrates there.
local function measured(name, fn, inside)
  if prog:where() ~= fn then prog:run_to{call = fn} end
  local m = lesson.measure(name, function()
    inside()
    prog:run_to{ret = fn}
  end)
  lesson.clear()
  return m
end

lesson.step("intro", "Before the program runs, Go's compiler decides for every variable: a slot on its function's plate (stack), or a room in the hotel (heap).")
lesson.step("tool", "go build -gcflags=-m prints those verdicts. This program has five small functions: we run each one and compare the verdict with what happens.")

-- 1. x := 1, printed by the built-in println: nothing to say.
local m = measured("stack", "stackExample", function()
  local at = prog:run_to{line = prog:find("println(x)")}
  lesson.highlight("variable", "x", "on the plate")
  lesson.step("stack", "Line %d, %s, ran. The compiler said %s. x = %d sits in a slot on stackExample's plate.",
    at.ran, prog:source(at.ran), verdict(at.ran), prog:var("x"))
end)
lesson.expect("stackExample allocated nothing", m.Mallocs, 0)
lesson.step("stack-done", "stackExample returned and its plate is gone, x with it. Heap allocations: %d.", m.Mallocs)

-- 2. fmt.Println(z): the interface conversion copies z into a box. Println is the last
-- statement, so the stop after it (the box made) is already back in measure.
local println_line = prog:find("fmt.Println(z)")
prog:run_to{call = "escapeExample"}
local box
m = lesson.measure("escape", function()
  prog:run_to{line = println_line}
  lesson.highlight("variable", "z", "on the plate")
  local args, boxed
  for _, d in ipairs(prog:diagnostics(println_line)) do
    if d:find("...", 1, true) then args = d elseif d:find("escapes to heap", 1, true) then boxed = d end
  end
  lesson.check(args ~= nil and boxed ~= nil, "Go gives the Println line two verdicts")
  lesson.step("boxing", "z := %d ran: z is in a slot on the plate. Next, line %d: %s, which takes interface values (any). The compiler says \"%s\" (the argument list stays on the plate) and \"%s\" (a copy of z goes in a box).",
    prog:var("z"), println_line, prog:source(println_line), args, boxed)
  box = prog:run_to{alloc = true}
end)
lesson.clear()
lesson.check(box.ran == println_line and prog:made_by(box.addr) == nil, "the Println line made the program's own box")
lesson.check(prog:where() ~= "escapeExample", "escapeExample has returned")
lesson.expect("one box for z", m.Mallocs, 1)
lesson.highlight("room", box.addr, "the box: a copy of z")
lesson.step("boxed", "Println ran and escapeExample returned: its plate is gone, z with it. What escaped is a copy of z's value, boxed in a new %s tiny block (green: small pointer-free values share it) that the interface pointed to.",
  kit.bytes(m.TotalAlloc))

-- 3. return &y: y must outlive its plate.
local return_line = prog:find("return &y")
prog:run_to{call = "movedExample"}
lesson.clear()                                -- the label of measure's last Printf room
lesson.predict(string.format("movedExample runs y := 2, then line %d: %s. Plate or room for y? How many bytes?",
  return_line, prog:source(return_line)), function()
  m = measured("moved", "movedExample", function()
    prog:run_to{line = return_line}
    lesson.highlight("room", prog:addr("y"), "y lives here, not on the plate")
    local decl = prog:find("y := 2")
    lesson.step("moved", "Line %d, y := 2, ran: y is already in a room. The compiler said %s.", decl, verdict(decl))
  end)
  lesson.expect("y kept its value", go.load(prog:var("sinkPtr")), 2)
  lesson.expect("one allocation for y", m.Mallocs, 1)
  lesson.highlight("room", prog:var("sinkPtr"), "y: still here")
  return string.format("A room: %s of %s (a tiny block, green) for y's %d-byte int, since &y leaves the function. Its plate is gone, but the global sinkPtr still reaches y = %d.",
    kit.plural(m.Mallocs, "allocation"), kit.bytes(m.TotalAlloc), go.sizeof("int"), go.load(prog:var("sinkPtr")))
end)
lesson.clear()

-- 4. make([]int, 1000) that never leaves: the array goes on the plate.
local small_line = prog:find("make([]int, 1000)")
m = measured("small", "smallSlice", function()
  prog:run_to{line = prog:find("s[0] = 1", small_line)}
  lesson.highlight("variable", "s", "")
  lesson.step("small", "Line %d, %s, ran. The compiler said %s, so its %d ints (%s) sit on smallSlice's plate: see the plate's size.",
    small_line, prog:source(small_line), verdict(small_line), go.len(prog:var("s")),
    kit.bytes(go.len(prog:var("s")) * go.sizeof("int")))
end)
lesson.expect("small slice: no heap", m.Mallocs, 0)
lesson.step("small-done", "smallSlice returned: %s, and the plate went with its ints.", kit.plural(m.Mallocs, "heap allocation"))

-- 5. the same code with ten times as many ints.
local large_line = prog:find("make([]int, 10000)")
prog:run_to{call = "largeSlice"}
lesson.clear()                                -- the label of measure's last Printf room
lesson.predict(string.format("largeSlice is the same code with line %d: %s. Plate or room?",
  large_line, prog:source(large_line)), function()
  local arr
  m = measured("large", "largeSlice", function()
    prog:run_to{line = prog:find("s[0] = 1", large_line)}
    arr = prog:var("s")
    local n = go.len(arr)
    lesson.highlight("room", prog:var("s"), "too big for a plate")
    lesson.step("large", "A room: the compiler said %s. %s of ints is over the %s limit for make or new on a plate.",
      verdict(large_line), kit.bytes(n * go.sizeof("int")), kit.bytes(go.limits.MaxImplicitStackVarSize))
  end)
  lesson.expect("large slice: one heap allocation", m.Mallocs, 1)
  local page = lesson.sizes().page
  lesson.check(m.TotalAlloc % page == 0, "the large slice got whole pages")
  lesson.highlight("room", arr, "garbage now")
  return string.format("largeSlice returned: %s of %s, %d whole pages (a suite). Its plate is gone and nothing points to the suite now: it is garbage, for the janitor.",
    kit.plural(m.Mallocs, "allocation"), kit.bytes(m.TotalAlloc), m.TotalAlloc // page)
end)
lesson.clear()

local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()                                -- the label of the last Printf room
lesson.step("rule", "Silence means the plate. When the compiler cannot prove a value stays inside its function, it goes to a room, which the janitor must clean later. The console shows the program's own figures.")
