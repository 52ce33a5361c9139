-- 08_sync_pool.lua — Lesson 8: large slices and sync.Pool. The scene runs the real Go
-- program go/08_sync_pool.go and directs it: requests that each need a 64 KiB buffer make
-- a new suite every time; the pool's first Get makes the pool's own memory; with Get and
-- Put, New runs once and every other request reuses its buffer; a []byte Put as it is
-- costs a box for its slice header on every Put (request 2's Put shown as it happens); a GC moves the pool into its victim
-- cache (the buffer is still found), and the next GC drops it (New runs again). One P, as
-- the program's runtime.GOMAXPROCS(1) says. Every figure is measured on the running
-- program and compared with what real Go 1.19 prints for the same file
-- (tests/lessons/go/08_sync_pool/expected.txt).
local kit = require("lesson_kit")
lesson.title("8. Large slices and sync.Pool")
local prog = go.program("go/08_sync_pool.go")

-- A line of the program as written, without its comment.
local function code(line) return (prog:source(line):gsub("^%s*", ""):gsub("%s*//.*$", "")) end

-- measure("nopool", ...): a new buffer for every request.
prog:run_to{call = "main.func1"}
local requests = prog:var("requests")
local make_line = prog:find("handle(make([]byte, bufSize), i)")
lesson.step("intro", "A server answers %d requests. Each one needs a big buffer: line %d, %s, with %s.",
  requests, make_line, code(make_line), code(prog:find("const bufSize")))

local none = lesson.measure("nopool", function() prog:run_to{ret = "main.func1"} end)
local last = prog:var("sink")
local size = go.cap(last)
lesson.expect("one buffer per request", none.Mallocs, requests)
lesson.expect("each buffer a room of its own", none.TotalAlloc, requests * size)
lesson.check(size > lesson.sizes().max_small, "a buffer is bigger than the largest room")
lesson.highlight("room", last, "sink: the last request's buffer")
lesson.step("nopool", "%s, %s: a %s buffer is bigger than the largest room (%s), so each is a suite. Only sink's is still used; %d are garbage.",
  kit.plural(none.Mallocs, "allocation"), kit.bytes(none.TotalAlloc), kit.bytes(size),
  kit.bytes(lesson.sizes().max_small), none.Mallocs - 1)
lesson.clear()

-- measure("first", ...): the pool's first Get, before New is set.
prog:run_to{call = "main.func2"}
local made, bytes
local first = lesson.measure("first", function()
  local s0 = lesson.stats()
  local pin = prog:run_to{alloc = true}
  lesson.expect("the Get allocates, in the closure", prog:where(), "main.func2")
  made, bytes = lesson.stats().Mallocs - s0.Mallocs, lesson.stats().TotalAlloc - s0.TotalAlloc
  local per_p, list
  for _, addr in ipairs(pin.rooms) do
    local by = prog:made_by(addr)
    if by == "sync.Pool's per-P array (poolLocal)" then per_p = addr end
    if by == "the runtime's list of pools (sync.allPools)" then list = addr end
  end
  lesson.expect("its rooms are the ones counted", #pin.rooms, made)
  lesson.check(per_p ~= nil and list ~= nil, "the per-P array and allPools are among them")
  -- one room per pause: the two floors are apart (the runtime's start-up rooms come first)
  lesson.highlight("room", per_p, "the pool's per-P array")
  lesson.step("first", "The pool's first Get (line %d) makes its own memory: %s, %s. First its per-P array: one poolLocal per P (GOMAXPROCS is %d).",
    pin.ran, kit.plural(made, "allocation"), kit.bytes(bytes), runtime.GOMAXPROCS(0))
  lesson.clear()
  lesson.highlight("room", list, "allPools")
  lesson.step("first-list", "Then a longer allPools, the list of pools every GC visits, on another floor.")
  lesson.clear()
  prog:run_to{ret = "main.func2"}
end)
lesson.expect("the closure made only those rooms", first.Mallocs, made)
lesson.expect("of those bytes", first.TotalAlloc, bytes)

-- measure("pool", ...): Get, use, Put back.
prog:run_to{call = "main.func3"}
lesson.clear()                             -- the label of measure's last Printf room
local get_line, put_line = prog:find("bp := pool.Get()"), prog:find("pool.Put(bp)")
for _, l in ipairs({ get_line, put_line, prog:find("func newBuf") }) do lesson.highlight("line", l) end -- the lines quoted
lesson.step("pool", "Now each request takes a buffer with Get (line %d) and gives it back with Put (line %d). When the pool is empty, Get calls New: newBuf, line %d.",
  get_line, put_line, prog:find("func newBuf"))

local buf, buf_addr                        -- New's buffer (a []byte), and where it is
lesson.predict(string.format("%d requests with Get and Put. How many allocations now?", requests), function()
  local header, rooms
  local m = lesson.measure("pool", function()
    local r = prog:run_to{alloc = true}
    lesson.expect("the first Get calls New, which allocates", prog:where(), "newBuf")
    header, buf, rooms = prog:addr("b"), prog:var("b"), r.rooms
    lesson.expect("no later request allocated", prog:run_to{alloc = true, ret = "main.func3"}.reason, "ret")
  end)
  local news = prog:var("news")
  lesson.figure("pool.News", news)
  lesson.expect("New ran once", news, 1)
  table.sort(rooms)
  lesson.expect("New's rooms: b and its buffer", table.concat(rooms, " "),
    math.min(go.addr(header), go.addr(buf)) .. " " .. math.max(go.addr(header), go.addr(buf)))
  lesson.expect("the rooms measured are New's", m.Mallocs, #rooms)
  lesson.expect("the last request used New's buffer", go.addr(prog:var("sink")), go.addr(buf))
  local b_line = prog:find("b := make")
  local moved
  for _, d in ipairs(prog:diagnostics(b_line)) do if d:find("moved to heap", 1, true) then moved = d end end
  lesson.check(moved ~= nil, "the compiler moved b to the heap")
  lesson.highlight("room", buf, "New's buffer, in every request")
  lesson.highlight("line", b_line)
  return string.format("%s, %s: New ran once. Line %d made its buffer, and b itself, since &b is returned (the compiler: %s). Every other request reused that buffer.",
    kit.plural(m.Mallocs, "allocation"), kit.bytes(m.TotalAlloc), b_line, moved)
end)
lesson.clear()

-- measure("rawput", ...): a []byte Put as it is.
prog:run_to{call = "main.func4"}
local box_line = prog:find("raw.Put(b)")
local boxes = {}
local raw_buf                              -- raw's own buffer: the array its boxes' headers point to
local rm = lesson.measure("rawput", function()
  while true do
    local r = prog:run_to{alloc = true, ret = "main.func4"}
    if r.reason ~= "alloc" then break end
    lesson.expect("only the Put allocates", r.ran, box_line)
    boxes[#boxes + 1] = r.addr
    if #boxes == 2 then                    -- request 2, just after its Put
      raw_buf = string.unpack("<I8", go.peek(r.addr, 8))   -- the box's header: its data pointer first
      lesson.highlight("room", boxes[2], "request 2's box: in the pool")
      lesson.highlight("room", boxes[1], "request 1's box: garbage")
      lesson.step("boxed", "raw holds a []byte, not a pointer to one. Each Put (line %d) copies the slice header b into a new box; the next Get copies it out and leaves the box behind.",
        box_line)
      lesson.clear()
    end
  end
end)
local hdr = go.sizeof("[]byte")
lesson.expect("one box per Put", rm.Mallocs, #boxes)
lesson.expect("a box is a slice header", rm.TotalAlloc, #boxes * hdr)
lesson.highlight("room", boxes[#boxes], "the last box: in the pool")
lesson.highlight("room", boxes[#boxes - 1], "the box before: garbage")
lesson.step("box", "%d requests: %s, %s, one %d-byte box per Put. Only the box in the pool is in use; the requests' other %d are garbage.",
  requests, kit.plural(rm.Mallocs, "allocation"), kit.bytes(rm.TotalAlloc), hdr, #boxes - 1)
lesson.clear()

-- The victim cache: a GC moves the pool aside; the next GC drops it.
local gc_line = prog:find("runtime.GC()")
prog:run_to{line = gc_line}
lesson.expect("sink holds nothing now", go.addr(prog:var("sink")), 0)
lesson.highlight("room", buf, "New's buffer: only the pool has it")
lesson.highlight("room", raw_buf, "raw's buffer, in raw")
lesson.step("before", "sink = nil: now only the pool holds New's buffer. Line %d forces a GC. Will the buffer survive it?", gc_line)
local numgc0 = lesson.stats().NumGC       -- 0 at the default GOGC; a low GOGC (50) has had cycles of its own already
local gc1 = prog:run_to{gc = true}
local numgc = lesson.stats().NumGC
lesson.expect("the next GC is that line's, one cycle more", gc1.ran .. " " .. gc1.numgc, gc_line .. " " .. (numgc0 + 1))
prog:run_to{line = prog:find("pool.Put(kept)")}
local kept = go.load(prog:var("kept"))
buf_addr = go.addr(buf)
local news1 = prog:var("news")
lesson.figure("gc1.News", news1)
lesson.expect("Get found New's buffer", go.addr(kept), go.addr(buf))
lesson.expect("New did not run", news1, 0)
lesson.highlight("room", kept, "*kept: the same buffer")
local earlier = numgc0 > 0 and string.format("; the growing heap had started %s before it", kit.plural(numgc0, "cycle")) or ""
lesson.step("victim", "After line %d's GC (NumGC %d%s) the buffer is still in use: the GC moved the pool into its victim cache. Get (line %d) found it there (kept points to b, its %s slice header); news is %d.",
  gc_line, numgc, earlier, prog:find("kept := pool.Get()"), kit.bytes(hdr), news1)

local gc2 = prog:find("runtime.GC()", gc_line + 1)
local gc3 = prog:find("runtime.GC()", gc2 + 1)
prog:run_to{line = prog:find("fresh := pool.Get()")}
local numgc3 = lesson.stats().NumGC
lesson.expect("two more cycles", numgc3, numgc + 2)
lesson.expect("the third GC freed the old buffer", lesson.color(buf_addr), "free")
prog:run_to{line = prog:find("pool.Put(fresh)")}
local fresh = go.load(prog:var("fresh"))
local news2 = prog:var("news")
lesson.figure("gc2.News", news2)
lesson.expect("New ran again", news2, 1)
lesson.highlight("room", fresh, "*fresh: New's new buffer")
lesson.step("dropped", "Two more GCs (lines %d, %d; NumGC %d): one moved the buffer to the victim cache, the next dropped it, and it was freed. Get called New again: news is %d.",
  gc2, gc3, numgc3, news2)
local fin = prog:run_to{done = true}
lesson.check(fin.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()                             -- the label of the last Printf's room
lesson.step("rule", "Use a pool for big, short-lived buffers that many requests need. Never count on what is inside it: two GCs, and it is empty.")
