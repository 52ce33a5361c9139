-- lesson_view.lua — what a view reads at each stop point, for tests/script/test_lesson_view.c:
-- the console, figures, the code marker at pauses, highlight lifetimes, the profile order
-- and the transcript. Lines the test looks for carry an "@name" tag in a comment.
local kit = require("lesson_kit")
lesson.title("What the view shows")

local function said(n)
  return string.format("%d rooms", n)                 -- @inside_helper
end

print("hello", 1)                                     -- the console: print
fmt.Println("fmt", 2)                                 -- and fmt.Println
lesson.figure("answer", 42)                           -- a figure: not on the console
lesson.figure("flag", true)
lesson.step("helper", "There are %s.", said(3))         -- @helper_call

-- highlights: until the next pause unless kept; a variable's ends when it changes
local g = go.globals("sink *int", "other []byte")
g.sink = go.new("int")
lesson.highlight("room", g, "sink", "through sink")
lesson.highlight("floor", 1, "a floor")
lesson.pause("both")
lesson.pause("after")                                 -- neither was kept
g.sink = go.new("int")
lesson.highlight("room", g, "sink", "kept", { keep = true })
lesson.pause("kept")
lesson.pause("still kept")
g.sink = go.new("int")                                -- sink changes: the highlight ends
lesson.pause("changed")
g.other = go.make("[]byte", 64)                       -- its own room (an int would share a tiny block)
lesson.highlight("room", g.other, "freed soon", { keep = true })
g.other = go.nilslice("[]byte")
runtime.GC()                                          -- the room is freed: the highlight ends
lesson.pause("freed")

-- the profile in pprof-top order: flat bytes descending, ties by line
local v = go.vars("a []byte", "b []byte", "c []byte")
v.a = go.make("[]byte", 100)                          -- @small
v.b = go.make("[]byte", 5000)                         -- @big
v.c = go.make("[]byte", 100)                          -- @small_again
local top = lesson.profile()
lesson.expect("biggest line first", top[1].flat_bytes >= top[2].flat_bytes, true)
for i = 2, #top do
  local x, y = top[i - 1], top[i]
  lesson.check(x.flat_bytes > y.flat_bytes or (x.flat_bytes == y.flat_bytes and x.line < y.line),
    "rows in pprof-top order")
end
lesson.step("profile", "The biggest line allocated %d bytes.", top[1].flat_bytes)
print("bye")
