-- lesson_gc.lua — the scene tests/script/test_lesson_gc.c steps through: one GC cycle run
-- by hand (lesson.gc_start / gc_mark_step / gc_finish) on a chain a -> n1 -> n2 with n2 cut
-- off, and a pointer moved through the write barrier while n1 is already black.
-- Each pause highlights a, n1, n2, x (in that order) so the C test reads their colours.
go.struct("Node", { "next *Node", "val int" })
local g = go.globals("b *Node", "a *Node")   -- b is scanned first, so popped last (LIFO)
g.a = go.new("Node")
g.a.next = go.new("Node")
g.a.next.next = go.new("Node")
g.b = go.new("Node")
g.b.next = go.new("Node")
g.b.next.val = 42
local a, n1, n2, x = go.addr(g.a), go.addr(g.a.next), go.addr(g.a.next.next), go.addr(g.b.next)
g.a.next.next = nil                           -- n2 is garbage now
local function show(name)
  lesson.clear()
  for _, p in ipairs({ a, n1, n2, x }) do lesson.highlight("room", p) end
  lesson.pause(name)
end
local function colors() return table.concat({ lesson.color(a), lesson.color(n1), lesson.color(n2), lesson.color(x) }, " ") end

lesson.expect("cycle number", lesson.gc_start(), 1)
lesson.expect("all white at the start", colors(), "white white white white")
lesson.expect("no root job done yet", lesson.gc_state().roots_done, 0)
local ok, err = pcall(lesson.gc_start)
lesson.check(not ok and tostring(err):find("already marking") ~= nil, "a second gc_start is refused")
show("started")

local units = lesson.gc_mark_step("roots")   -- one operation: waits for every root job
lesson.expect("one unit per root job", units, lesson.gc_state().roots)
lesson.expect("the globals greyed a and b", lesson.gc_state().grey, 2)
lesson.expect("roots", colors(), "grey white white white")
show("roots")

lesson.expect("one object scanned", lesson.gc_mark_step(), 1)
lesson.expect("a scanned: a black, n1 grey", colors(), "black grey white white")
show("scan1")

lesson.expect("n1 scanned", lesson.gc_mark_step(1), 1)
lesson.expect("n1 black, b still grey", colors(), "black black white white")
lesson.expect("b", lesson.color(g.b), "grey")
show("scan2")

for i = 1, 30000 do g.b.val = i end           -- mutator time passes: enough credit for the
                                              -- workers, who wait while the lesson holds the cycle
g.a.next.next = g.b.next                      -- into black n1 ...
g.b.next = nil                                -- ... and out of grey b: the barrier shades x
lesson.expect("the barrier shaded x", lesson.color(x), "grey")
lesson.expect("the mark did not advance by itself", lesson.color(g.b), "grey")
show("barrier")

lesson.gc_finish()
local st = lesson.gc_state()
lesson.expect("the cycle finished", st.num_gc, 1)
lesson.expect("swept", st.state, "off")
lesson.expect("n2 was freed", lesson.color(n2), "free")
lesson.expect("x survived with its value", g.a.next.next.val, 42)
lesson.expect("the goal is NextGC", st.goal, runtime.ReadMemStats().NextGC)
lesson.check(st.trigger <= st.goal, "the trigger comes before the goal")
lesson.expect("main's P has no tiny block after a GC", lesson.mcache(0).tiny, 0)
show("finished")
