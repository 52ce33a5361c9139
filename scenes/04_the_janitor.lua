-- 04_the_janitor.lua — Lesson 4: the garbage collector as a janitor. The scene runs the
-- real Go program go/04_the_janitor.go and directs it: a chain of Nodes is cut and one
-- cycle, stepped unit by unit, marks (three colours) and sweeps; a pointer moved during
-- marking is caught by the write barrier; then the pacer: GOGC sets how much garbage
-- may pile up before the next cycle. The program runs GOGC 50, 100 and 200 in turn; the
-- param gogc (V in the window) says which run the lesson stops in. Every figure is read
-- from the program and compared with real Go 1.19 (tests/lessons/go/04_the_janitor, a
-- range over several runs: cycle counts depend on timing).
local kit = require("lesson_kit")
local GOGCS = { 50, 100, 200 }
local gogc = params.int("gogc", 100, GOGCS)
lesson.title(string.format("4. The janitor: mark, sweep and GOGC=%d", gogc))
-- stretches worth a GIF: gohotel gif scenes/04_the_janitor.lua --clip mark -o mark.gif
lesson.clip("mark", "mark-start", "answer")
lesson.clip("barrier", "marking", "survived")
local prog = go.program("go/04_the_janitor.go")
local function code(line) return (prog:source(line):gsub("^%s+", ""):gsub("%s*//.*$", "")) end

prog:run_to{call = "chain"}                   -- past main's first runtime.GC()
lesson.step("intro", "The janitor frees rooms nobody can reach. It starts from the roots: plates (stacks) and globals.")
lesson.step("colours", "White: not seen yet. Grey: seen, its pointers not yet followed. Black: done. Whatever is still white at the end is garbage.")

-- The rooms a pause talks about; while marking, each label says its colour.
local rooms, names = {}, {}
local function show(...)
  lesson.clear()
  local marking = lesson.phase() == "mark"    -- colours mean something only while marking
  for _, i in ipairs({ ... }) do
    lesson.highlight("room", rooms[i], marking and string.format("%s: %s", names[i], lesson.color(rooms[i])) or names[i])
  end
end
local function colours(...)
  local c = {}
  for _, i in ipairs({ ... }) do c[#c + 1] = lesson.color(rooms[i]) end
  return table.concat(c, " ")
end
-- Run the current function's statements to line `to`, collecting the rooms they made.
local function made_until(to)
  local addrs = {}
  while true do
    local r = prog:run_to{alloc = true, line = to}
    if r.reason ~= "alloc" then return addrs end
    addrs[#addrs + 1] = r.addr
    if r.line == to then return addrs end     -- run_to runs at least one statement
  end
end

-- 1. a small chain: a -> 1 -> 2 -> 3 -> 4, cut after room 2, and one cycle stepped unit by unit
local made = lesson.measure("chain", function()
  rooms = made_until(prog:find("chain()", prog:find("func main")) + 1)
end)
lesson.expect("four rooms", #rooms, 4)
lesson.expect("four allocations", made.Mallocs, 4)
lesson.expect("room 1 is a's", rooms[1], go.addr(prog:var("a")))
names = { "room 1 (a)", "room 2", "room 3", "room 4" }
show(1, 2, 3, 4)
lesson.step("chain", "chain() made %d Nodes, each in a %d-byte room: the global a points to room 1, room 1 to room 2, and so on.",
  made.Mallocs, made.TotalAlloc // made.Mallocs)
local cut_line = prog:find("a.next.next = nil")
local gc_line = prog:find("runtime.GC()", cut_line)
prog:run_to{line = cut_line + 1}
names[3] = "room 3 (cut off)"
show(3, 4)
lesson.step("cut", "Line %d, %s, cuts the chain after room 2. Rooms 3 and 4 are still in the hotel, but no root leads to them any more.",
  cut_line, code(cut_line))
prog:run_to{line = gc_line}                  -- past the ReadMemStats before runtime.GC()

show(1, 2, 3, 4)
lesson.say("Predict: line %d, %s, runs one cycle. Which rooms will it free?", gc_line, code(gc_line))
lesson.pause("predict")
-- The program's own measure: from its ReadMemStats before runtime.GC() to the one after.
local cut = lesson.measure("cut", function()
  local cycle = lesson.gc_start()            -- the lesson holds the cycle to watch it
  lesson.expect("every room starts white", colours(1, 2, 3, 4), "white white white white")
  show(1)
  lesson.step("mark-start", "We start cycle %d by hand to watch it. The world stops for a moment and the write barrier is switched on. Every room is white.", cycle)
  lesson.gc_mark_step("roots")               -- every root job: finalizers, globals, pools, each stack
  lesson.expect("the roots greyed room 1 of these", colours(1, 2, 3, 4), "grey white white white")
  lesson.expect("and the runtime's list of goroutines", lesson.gc_state().grey, 2)
  show(1)
  lesson.step("mark-roots", "Roots first: the janitor reads the globals and the plates. a points to room 1, so room 1 turns grey. So does the runtime's own list of goroutines (allgs), which a runtime global points to.")
  lesson.expect("two objects scanned", lesson.gc_mark_step(2), 2)
  lesson.expect("room 1 scanned", colours(1, 2, 3, 4), "black grey white white")
  show(1, 2)
  lesson.step("mark-1", "The janitor scans the runtime's list (the runtime's goroutines in it have no rooms here) and room 1: it follows room 1's pointer and room 2 turns grey. Room 1 is done: black.")
  lesson.expect("one object scanned", lesson.gc_mark_step(1), 1)
  lesson.expect("room 2 scanned", colours(1, 2, 3, 4), "black black white white")
  lesson.expect("no grey room left", lesson.gc_state().grey, 0)
  show(2)
  lesson.step("mark-2", "Room 2 is scanned: its pointer was cut, so nothing new turns grey. No grey room is left: marking is done, rooms 3 and 4 are still white.")
  lesson.gc_finish()
  prog:run_to{line = gc_line + 1}            -- runtime.GC(): one more full cycle, nothing left to free
end)
lesson.expect("rooms 3 and 4 were freed", colours(3, 4), "free free")
lesson.expect("two rooms freed", cut.Frees, 2)
show(1, 2)
lesson.step("answer", "It freed %s: rooms 3 and 4 were still white at the end, so the sweep gave them back. Rooms 1 and 2 stay.",
  kit.plural(cut.Frees, "room"))

-- 2. the write barrier: move a pointer while the janitor is marking
prog:run_to{call = "move"}
local move_line = prog:find("a.next.next = b.next")
local nb = made_until(move_line)
lesson.expect("x and b", #nb, 2)
lesson.expect("b's room", nb[2], go.addr(prog:var("b")))
rooms[3], names[3] = nb[2], "b"
rooms[4], names[4] = nb[1], "x"
lesson.gc_start()
lesson.gc_mark_step("roots")                 -- every root job: finalizers, globals, pools, each stack
-- LIFO grey queue: the library's objects (fmt's, from cut's Println) first, then a's rooms
while colours(1, 2) ~= "black black" do
  lesson.check(lesson.gc_mark_step(1) == 1, "grey objects left to scan")
end
lesson.expect("mid-mark", colours(1, 2, 3, 4), "black black grey white")
show(2, 3, 4)
lesson.step("marking", "pair() made x and b, which points to it. We start a new cycle and stop it mid-mark: rooms 1 and 2 are black, the janitor will not look at them again. b is grey; x, which only b points to, is white.")
show(2, 3, 4)                                 -- the predict names room 2: keep the labels
lesson.say("Predict: lines %d-%d move x's pointer from b into room 2 (black) and clear b's. Will the janitor still find x?",
  move_line, move_line + 1)
lesson.pause("predict")
prog:run_to{line = move_line + 2}             -- room 2 -> x, then b.next = nil
lesson.expect("the barrier shaded x", lesson.color(rooms[4]), "grey")
show(2, 3, 4)
lesson.step("barrier", "Yes: the write barrier saw the pointer move and shaded x grey, so it is on the janitor's list. Without it, x would stay white and be freed while in use.")
lesson.gc_finish()
local moved_end = prog:find("fmt.Println", move_line)
prog:run_to{line = moved_end}
lesson.check(lesson.color(rooms[4]) ~= "free", "x is still in its room")
local val = lesson.figure("moved.Val", prog:var("val"))
show(4)
lesson.step("survived", "The cycle ended, and line %d's runtime.GC() ran one more. x was kept and still holds %d: nothing reachable was freed.",
  moved_end - 2, val)
lesson.step("pauses", "Each cycle stopped the world only twice, briefly: at its start and at its end. Marking itself runs alongside the program.")

-- 3. the pacer and GOGC: run(g) for g = 50, 100, 200; the lesson stops in the run of
-- the param gogc and reads each run's figures at its Printf.
local goal_line = prog:find("base, goal = st.HeapAlloc, st.NextGC")
local print_line = prog:find("fmt.Printf(\"gogc%d.NumGC")
local runs = {}
local function figures(g)
  local base, goal = prog:var("base"), prog:var("goal")
  local garbage = prog:var("peak") - base
  local r = { cycles = prog:var("cycles"), garbage = garbage, pct = 100 * garbage // (goal - base) }
  lesson.figure(string.format("gogc%d.NumGC", g), r.cycles)
  lesson.figure(string.format("gogc%d.PeakGarbageKiB", g), garbage >> 10)
  lesson.figure(string.format("gogc%d.PeakOverGoalPct", g), r.pct)
  runs[g] = r
  return r
end
lesson.clear()
for _, g in ipairs(GOGCS) do
  prog:run_to{call = "run"}
  lesson.expect("the runs go in order", prog:var("gogc"), g)
  if g ~= gogc then
    prog:run_to{line = print_line}
    figures(g)
  else
    prog:run_to{line = goal_line + 1}
    -- measured from just after the program's own ReadMemStats(&st), as its cycles count
    -- is: the comparison's panel (D at the answer) counts its counters from here
    lesson.measure("garbage loop", function()
      local base, goal = prog:var("base"), prog:var("goal")
      local pacer = lesson.gc_state()           -- the janitor panel's figures, Go's names
      lesson.expect("the pacer's goal is NextGC", pacer.goal, goal)
      lesson.check(pacer.trigger < pacer.goal, "the trigger comes before the goal")
      lesson.expect("after runtime.GC, HeapAlloc is what the mark found", base, pacer.heap_marked)
      -- Go's goal: marked + (marked + stacks + globals) × GOGC/100
      local extra = goal - pacer.heap_marked * (100 + gogc) // 100
      lesson.check(extra >= 0 and extra < pacer.heap_marked * gogc // 100, "the goal is the marked heap plus GOGC% of it, plus a share for stacks and globals")
      local live = prog:var("live")
      lesson.clear()
      lesson.highlight("room", live, string.format("live: %d slices", go.len(live)))
      lesson.step("pacer", "run(%d) set GOGC with debug.SetGCPercent, filled live and ran runtime.GC(). HeapAlloc (the live data) is %s. NextGC, the goal, is %s: the live heap plus %d%% of it, plus %s for stacks and globals.",
        gogc, kit.bytes(base), kit.bytes(goal), gogc, kit.bytes(extra))
      lesson.step("trigger", "The janitor does not wait for the goal. It starts when heapLive (the pacer's count of bytes in use) reaches the trigger, %s, so marking can finish before the heap reaches %s.",
        kit.bytes(pacer.trigger), kit.bytes(goal))
      local r
      local loop = prog:find("for i := 1;", goal_line)
      lesson.predict(string.format("The loop at line %d runs %s %s times; each slice is garbage at the next. How many cycles at GOGC=%d?",
          loop, code(loop + 1), code(loop):match("<= ([%w*]+)"), gogc),
        function()
          prog:run_to{line = print_line}
          r = figures(g)
          lesson.check(r.cycles > 0, "the janitor ran")
          prog:run_to{line = prog:find("live, sink = nil, nil", print_line)}   -- its three Printfs: the console shows them
          -- D in the window (and `shot --pauses`) shows this answer in run(50) and run(200) side by side
          lesson.compare{ "gogc=50", "gogc=200" }
          lesson.notes("D: this answer side by side, stopped in run(50) and in run(200). Each half narrates its own run. "
            .. "The panel's Mallocs, TotalAlloc, NumGC and total pause count since this run's ReadMemStats(&st), as the narration's cycles do; "
            .. "HeapAlloc, the peak heap and the spans are as they stand now.")
          return string.format("%s while the garbage was made (NumGC grew by %d). HeapAlloc peaked at %s, %s above the live data: %d%% of the room the goal allowed. The console shows the program's own gogc%d lines.",
            kit.plural(r.cycles, "cycle"), r.cycles, kit.bytes(base + r.garbage), kit.bytes(r.garbage), r.pct, g)
        end)
      local others = {}
      for _, v in ipairs(GOGCS) do if v ~= gogc then others[#others + 1] = tostring(v) end end
      lesson.clear()
      lesson.step("again", "Press V, choose gogc %s and Enter: the lesson restarts and stops in that run instead.",
        table.concat(others, " or "))
    end)
  end
end
if prog:where() == "run" then prog:run_to{ret = "run"} end   -- the last run's figures printed
lesson.clear()
local rows = {}
for _, g in ipairs(GOGCS) do
  rows[#rows + 1] = string.format("GOGC=%d: %s, peak %s", g, kit.plural(runs[g].cycles, "cycle"), kit.bytes(runs[g].garbage))
end
lesson.check(runs[50].cycles > runs[100].cycles and runs[100].cycles > runs[200].cycles, "lower GOGC, more cycles")
lesson.step("compare", "The program has run all three: %s of garbage. Lower GOGC: more cycles, smaller heap. Higher: fewer cycles, bigger heap.",
  table.concat(rows, "; "))
prog:run_to{done = true}
lesson.check(prog:done(), "the program ran to its end")
