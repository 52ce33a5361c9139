-- 09_zeroing.lua — Lesson 9: Go hands out memory cleared to zero. The scene runs the real
-- Go program go/09_zeroing.go and directs it: a room on a fresh floor is already zero (new
-- memory from the OS); the room the program fills with 0xFF and drops keeps those bytes
-- once the janitor has freed it, so when the next make of that size gets the same room,
-- mallocgc clears it first: that clearing is the cost of zeroing. The bytes are read with
-- go.peek, the cleared bytes with lesson.zeroing(); the figures are compared with what real
-- Go 1.19 prints for the same file (tests/lessons/go/09_zeroing/expected.txt).
local kit = require("lesson_kit")
lesson.title("9. Zeroing: clean rooms cost a little")
local prog = go.program("go/09_zeroing.go")

local function cleared() return lesson.zeroing().bytes end
local function all(x, n, byte) return go.peek(x, n) == string.rep(string.char(byte), n) end
local function first_bytes(x)               -- the room's first bytes in hex: "ff ff ff ff …"
  local hex = go.peek(x, 4):gsub(".", function(c) return string.format("%02x ", c:byte()) end)
  return hex .. "…"
end
local function code(line) return (prog:source(line):gsub("%s*//.*$", "")) end

local make1 = prog:find("sink = make(")
local at_room = prog:find("first := room(sink)")
local fill = prog:find("for i := range sink")
local drop = prog:find("sink = nil")
local gc = prog:find("runtime.GC()")
local make2 = prog:find("sink = make(", gc)

prog:run_to{line = make1}
lesson.step("intro", "In Go, new memory always reads as zero: var x int is 0, make([]byte, n) is n zero bytes. Line %d asks for a []byte.",
  make1)

local z0 = cleared()
prog:run_to{line = at_room}
local fresh_cleared = cleared() - z0
local sink = prog:var("sink")
local size, first = go.len(sink), go.addr(sink)
lesson.check(lesson.figure("fresh.Zero", all(sink, size, 0)) == 1, "fresh memory reads zero")
lesson.expect("a fresh floor needs no clearing", fresh_cleared, 0)
lesson.highlight("room", sink, string.format("sink: %s cleared %s", first_bytes(sink), kit.bytes(fresh_cleared)))
lesson.step("fresh", "Its room is on a brand-new floor: all %d bytes read zero, and Go cleared %d bytes. Fresh memory from the OS is already zero.",
  size, fresh_cleared)

prog:run_to{line = fill}
local keep = prog:var("keep")
local page = lesson.sizes().page
lesson.check(go.addr(keep) // page == first // page, "keep's room is on sink's floor (a one-page span)")
lesson.clear()                              -- the label of the program's last room
lesson.highlight("room", sink, "sink")
lesson.highlight("room", keep, "keep")
lesson.step("keep", "Line %d makes keep, a neighbour on the same floor. It stays alive, so the floor stays in use.",
  prog:find("keep = make("))

prog:run_to{line = drop}
lesson.check(all(first, size, 255), "the room is full of 0xFF")
lesson.clear()
lesson.highlight("room", prog:var("sink"), "sink: " .. first_bytes(first))
lesson.step("dirty", "The loop at line %d writes 0xFF into all %d bytes of sink's room.", fill, size)

prog:run_to{line = prog:find("runtime.ReadMemStats(&a)", gc)}
lesson.check(lesson.color(first) == "free", "the GC freed the dropped room")
lesson.check(all(first, size, 255), "the freed room still holds 0xFF")
lesson.clear()
lesson.check(first % page == 0, "sink's room is the first of its floor (a page)")
lesson.highlight("floor", first, "1st room, sink's old one: free, " .. first_bytes(first))
lesson.step("freed", "Line %d sets sink to nil and line %d runs a GC: its room is free again, but nobody cleaned it. All %d bytes still read 0xFF.",
  drop, gc, size)

prog:run_to{line = make2}
local cost                                  -- what mallocgc cleared for the reused room
lesson.predict(string.format("Line %d asks for %d bytes again. Which room do we get, and what does it hold?", make2, size), function()
  local z = cleared()
  local m = lesson.measure("reused", function() prog:run_to{line = prog:find("runtime.ReadMemStats(&b)", make2)} end)
  cost = cleared() - z
  prog:run_to{line = prog:find("fmt.Printf(\"reused.SameRoom", make2)}   -- again := room(sink) ran
  local again = prog:var("sink")
  local same = go.addr(again) == first
  lesson.expect("room(sink) says so too", prog:var("again") == prog:var("first"), same)
  lesson.figure("reused.SameRoom", same)
  lesson.check(lesson.figure("reused.Zero", all(again, size, 0)) == 1, "reused memory reads zero")
  lesson.expect("mallocgc cleared the whole dirty room", cost, size)
  lesson.clear()
  lesson.highlight("room", again, string.format("%s%s cleared %s", same and "the same room: " or "another room: ",
    first_bytes(again), kit.bytes(cost)))
  return string.format("%s (first %s again), and all %d bytes read zero: mallocgc cleared %d bytes to hand it out (%s, %s).",
    same and "The same room" or "Another room", same and "==" or "!=", go.len(again), cost,
    kit.plural(m.Mallocs, "allocation"), kit.bytes(m.TotalAlloc))
end)

local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()                              -- the label of the last Printf's room
lesson.highlight("room", first, string.format("sink: %s cleared", kit.bytes(cost)))
lesson.step("cost", "Go cleared %d bytes for the fresh room (the OS had zeroed it) and %d for the reused one: every byte of its room. A bigger reused room costs more to clear.",
  fresh_cleared, cost)
lesson.step("why", "Zeroing is why a Go variable never holds leftover bytes. Reusing a buffer yourself (lesson 6) skips this cost, because you overwrite it.")
