-- 08_sync_pool.lua — Lesson 8: large slices and sync.Pool. Requests that each need a
-- 64 KiB buffer, without and with a pool; pooling a []byte directly (each Put boxes the
-- slice header); and what each GC does to the pool: the primary becomes the victim, the
-- old victim is dropped. One P (GOMAXPROCS=1), as in the Go program.
-- Param: n (requests, default 50; the window's V bar suggests 10, 50, 200). Figures compared with tests/lessons/go/08_sync_pool.
local kit = require("lesson_kit")
local n = params.int("n", 50, { 10, 50, 200 })
local SIZE = 64 * 1024
lesson.title("8. Large slices and sync.Pool")
runtime.GOMAXPROCS(1)

local g = go.globals("sink []byte")
local news = 0

-- func handle(buf []byte, i int) { buf[i%len(buf)] = byte(i); sink = buf }
local handle = go.func("main.handle", { "buf []byte" }, function(v, buf, i)
  v.buf = buf
  v.buf[i % SIZE] = i % 256
  g.sink = v.buf
end)
-- func newBuf() any { b := make([]byte, SIZE); return &b }
local newBuf = go.func("main.newBuf", { "b []byte escapes" }, function(v)
  news = news + 1
  v.b = go.make("[]byte", SIZE)
  return go.ref(v, "b")
end)

lesson.step("intro", "Each request needs a %s buffer. That is bigger than any room, so each one is a suite.", kit.bytes(SIZE))
local none = lesson.measure("nopool", function() for i = 1, n do handle(go.make("[]byte", SIZE), i) end end)
lesson.expect("one suite per request", none.Mallocs, n)
lesson.highlight("room", g, "sink", "the last request's buffer")
lesson.step("nopool", "%d requests without a pool: %s, %s. Only the last buffer is still used; the janitor must clean up the rest.", n,
  kit.plural(none.Mallocs, "allocation"), kit.bytes(none.TotalAlloc))
g.sink = nil

local armed = false
local pool = sync.Pool{ New = function() if armed then return newBuf() end end }
pool:Get()          -- first use of the pool (Go makes its per-P array here)
armed = true
lesson.step("pool", "A sync.Pool keeps used objects for the next Get. Put gives a buffer back; Get takes one, or calls New.")
lesson.predict(string.format("%d requests with Get and Put. How many allocations now?", n), function()
  local m = lesson.measure("pool", function()
    for i = 1, n do
      local bp = pool:Get()
      handle(go.load(bp), i)
      pool:Put(bp)
    end
  end)
  lesson.figure("pool.News", news)
  lesson.expect("New ran once", news, 1)
  lesson.expect("New's buffer and its slice header b (moved to heap)", m.Mallocs, 2 * news)
  lesson.highlight("room", g, "sink", "the pooled buffer")
  return string.format("%s, %s. New ran %s (the buffer, plus b, the slice header &b points to); every other request reused the same buffer.",
    kit.plural(m.Mallocs, "allocation"), kit.bytes(m.TotalAlloc), news == 1 and "once" or kit.plural(news, "time"))
end)

-- pooling a []byte directly
local raw = sync.Pool{}
raw:Get()
raw:Put(go.make("[]byte", SIZE))
local boxes = 0                      -- the floor the boxes go to: P 0's key for 24-byte rooms with pointers
local rm = lesson.measure("rawput", function()
  for i = 1, n do
    local b = raw:Get()
    handle(b, i)
    raw:Put(b)                       -- a slice in an interface: its header is boxed
  end
  for _, k in ipairs(lesson.mcache(0).keys) do   -- read before ReadMemStats flushes the ring
    if k.size == go.sizeof("[]byte") and not k.noscan then boxes = k.span end
  end
end)
lesson.expect("one box per Put", rm.Mallocs, n)
lesson.check(boxes ~= 0, "the boxes' floor is known")
lesson.highlight("floor", boxes, string.format("%s boxes", kit.bytes(go.sizeof("[]byte"))))
lesson.step("box", "Putting a []byte (not a *[]byte) costs %s, %s: each Put copies the slice header into a heap box.",
  kit.plural(rm.Mallocs, "allocation"), kit.bytes(rm.TotalAlloc))

-- what GC does to a pool
g.sink = nil
news = 0
pool:Put(pool:Get())
runtime.GC()
local kept, from1 = pool:Get()
g.sink = go.load(kept)
pool:Put(kept)
lesson.figure("gc1.News", news)
lesson.highlight("room", g, "sink", "the pooled buffer, kept")
lesson.step("victim", "After a GC (NumGC %d), Get still found the buffer (from: %s). New calls: %d. A GC moves the pool into its victim cache.",
  runtime.ReadMemStats().NumGC, from1, news)
g.sink = nil
local gc0 = runtime.ReadMemStats().NumGC
runtime.GC()
runtime.GC()
local fresh, from2 = pool:Get()
g.sink = go.load(fresh)
lesson.figure("gc2.News", news)
lesson.expect("after two GCs the pool is empty", from2, "New")
lesson.highlight("room", g, "sink", "New's new buffer")
local gc2 = runtime.ReadMemStats().NumGC
lesson.step("dropped", "%s later, with the buffer in the pool (NumGC %d to %d), Get came back empty-handed (from: %s), so New ran. A pooled object survives the next GC in the victim cache, but not the one after.",
  kit.plural(gc2 - gc0, "GC"), gc0, gc2, from2)
lesson.step("rule", "Use a pool for big, short-lived buffers that many requests need. Never count on what is inside it.")
