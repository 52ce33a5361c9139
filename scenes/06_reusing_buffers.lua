-- 06_reusing_buffers.lua — Lesson 6: a fresh bytes.Buffer per request against one buffer
-- Reset and reused. Each request builds a reply from ten 20-byte pieces and keeps it as
-- a string. Param: n (requests, default 100; suggested 10, 100, 1000, 10000).
-- Figures compared with tests/lessons/go/06_reusing_buffers.
local kit = require("lesson_kit")
local n = params.int("n", 100, {10, 100, 1000, 10000})
lesson.title("6. Reusing buffers")

local PIECE = "0123456789abcdefghij"
local g = go.globals("sink string", "shared bytes.Buffer")

-- func handleFresh() string { var buf bytes.Buffer; ...; return buf.String() }
local firstCap, lastCap       -- the first request's buffer: its capacity after one write, and at the end
local handleFresh = go.func("main.handleFresh", { "buf bytes.Buffer" }, function(v)
  for i = 1, 10 do v.buf:WriteString(PIECE); firstCap = firstCap or v.buf:Cap() end
  lastCap = lastCap or v.buf:Cap()
  return v.buf:String()
end)
-- func handleReused() string { shared.Reset(); ...; return shared.String() }
local handleReused = go.func("main.handleReused", {}, function()
  g.shared:Reset()
  for _ = 1, 10 do g.shared:WriteString(PIECE) end
  return g.shared:String()
end)

lesson.step("intro", "A server answers %d requests. Each reply is built in a bytes.Buffer, then kept as a string.", n)
local one = lesson.measure("one", function() g.sink = handleFresh() end)
lesson.step("one", "One request with a fresh buffer: %s, %s. The buffer started at %d bytes and had to grow to %d.",
  kit.plural(one.Mallocs, "allocation"), kit.bytes(one.TotalAlloc), firstCap, lastCap)

local fresh
lesson.predict(string.format("%d requests, a fresh buffer each time. How many allocations?", n), function()
  fresh = lesson.measure("fresh", function() for _ = 1, n do g.sink = handleFresh() end end)
  lesson.expect("each request costs the same", fresh.Mallocs, n * one.Mallocs)
  return string.format("%s, %s. Every request grows a new buffer from nothing, then throws it away.",
    kit.plural(fresh.Mallocs, "allocation"), kit.bytes(fresh.TotalAlloc))
end)

lesson.step("reuse", "Now one buffer for all requests. Reset empties it but keeps its memory, so it does not grow again.")
local reused = lesson.measure("reused", function() for _ = 1, n do g.sink = handleReused() end end)
lesson.figure("reused.Cap", g.shared:Cap())
lesson.highlight("room", g, "sink", "the last reply string", { keep = true })
lesson.check(reused.Mallocs < fresh.Mallocs, "reuse allocates less")
lesson.step("result", "Reused: %s, %s. Fresh: %s, %s.", kit.plural(reused.Mallocs, "allocation"), kit.bytes(reused.TotalAlloc),
  kit.plural(fresh.Mallocs, "allocation"), kit.bytes(fresh.TotalAlloc))
lesson.step("left", "What is left is one string per request (String copies the bytes) and %d allocations of the shared buffer as it grew to %d bytes.",
  reused.Mallocs - n, g.shared:Cap())
lesson.clear()
lesson.step("careful", "Reuse is safe only when one request at a time uses the buffer. For many goroutines, see sync.Pool (lesson 8).")
