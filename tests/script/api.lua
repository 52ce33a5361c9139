-- api.lua — one checkpoint or more for every call of the scene API (run by test_api.c).
local E = lesson.expect
lesson.title("API tour") -- test_api.c reads it back through gh_stepper_title
E("lesson.title needs a string", pcall(lesson.title, {}), false)

-- params
E("params.int default", params.int("n", 7), 7)
E("params.int given", params.int("given", 0), 42)
E("params.number", params.number("x", 1.5), 1.5)
E("params.string", params.string("mode", "fast"), "fast")
E("params.bool", params.bool("flag", true), true)

-- go.limits: the compiler's stack-size limits (Go 1.19's ir.MaxImplicitStackVarSize and
-- ir.MaxStackVarSize) are the very ones the escape analysis applies: make of exactly the
-- limit stays on the plate, one byte more is "too large for stack"
local lim = go.limits.MaxImplicitStackVarSize
E("MaxImplicitStackVarSize is Go's 64 KiB", lim, 64 * 1024)
E("MaxStackVarSize is Go's 10 MiB", go.limits.MaxStackVarSize, 10 * 1024 * 1024)
local function make_diag(n)
  return go.escape(string.format("package main\nfunc main() {\n\tb := make([]byte, %d)\n\tb[0] = 1\n}\n", n))
end
E("make of the limit does not escape", make_diag(lim), "./main.go:3:11: make([]byte, 65536) does not escape\n")
E("make of the limit + 1 escapes (too large for stack)", make_diag(lim + 1), "./main.go:3:11: make([]byte, 65537) escapes to heap\n")

-- types, new, fields, write-barriered stores
go.struct("Node", { "next *Node", "val int", "name string", "ok bool", "b byte", "f float64" })
E("sizeof Node", go.sizeof("Node"), 48)
E("sizeof string", go.sizeof("string"), 16)
local v = go.vars("head *Node", "s string", "xs []int", "bs []byte", "sb strings.Builder", "buf bytes.Buffer",
  "y int escapes", "arr [4]int")
E("nil pointer reads as nil", v.head, nil)
v.head = go.new("Node")
v.head.val = 5
v.head.name = "hotel"
v.head.ok = true
v.head.b = 65
v.head.f = 2.5
v.head.next = go.new("Node")
v.head.next.val = 6
E("field int", v.head.val, 5)
E("field string", go.tostring(v.head.name), "hotel")
E("field bool", v.head.ok, true)
E("field byte", v.head.b, 65)
E("field float", v.head.f, 2.5)
E("pointer chain", v.head.next.val, 6)
E("pointer equality", v.head == v.head, true)
E("pointer inequality", v.head == v.head.next, false)
local pi = go.new("int")
go.store(pi, 9)
E("go.load/store", go.load(pi), 9)
E("go.addr is a heap address", go.addr(v.head) >= 0xc000000000, true)

-- escaping variable: the slot holds a heap address
v.y = 3
E("escaped var", v.y, 3)
local ry = go.ref(v, "y")
E("go.ref of escaped var is in the heap", go.addr(ry) >= 0xc000000000, true)

-- strings: .., go.concat, len, conversions
v.s = "ab"
v.s = v.s .. "cd"
E("concat", go.tostring(v.s), "abcd")
E("# of go string", #v.s, 4)
E("go.len", go.len(v.s), 4)
v.s = go.concat("x", v.s, "y", "z")
E("go.concat", go.tostring(v.s), "xabcdyz")
v.bs = go.bytes("hello")
E("[]byte(s) cap rounds to the size class", go.cap(v.bs), 8)
E("string(b)", go.tostring(go.string(v.bs)), "hello")

-- slices: make, append, index, reslice
v.xs = go.make("[]int", 0, 1)
for i = 1, 5 do v.xs = go.append(v.xs, i) end
E("append len", #v.xs, 5)
E("append cap (growslice)", go.cap(v.xs), 8)
v.xs[0] = 10
E("index", v.xs[0] + v.xs[4], 15)
E("reslice", #go.slice(v.xs, 1, 3), 2)
v.bs = go.append(go.nilslice("[]byte"), "abc")
E("append string bytes", go.cap(v.bs), 8)
E("an array reads as a reference to the variable itself", go.addr(v.arr), go.addr(go.ref(v, "arr")))
E("of its array type", tostring(v.arr):match("^%*%[4%]int%(") ~= nil, true)

-- strings.Builder and bytes.Buffer
v.sb:WriteString("go")
v.sb:WriteByte(33)
E("Builder.Len", v.sb:Len(), 3)
E("Builder.Cap", v.sb:Cap(), 8)
E("Builder.String", go.tostring(v.sb:String()), "go!")
v.sb:Grow(100)
E("Builder.Grow", v.sb:Cap(), 116)
v.sb:Reset()
E("Builder.Reset", v.sb:Len(), 0)
local hb = strings.Builder()
hb:WriteString("heap")
E("heap Builder", hb:Len(), 4)
v.buf:WriteString("abc")
v.buf:WriteByte(100)
v.buf:Write(go.bytes("ef"))
E("Buffer.Len", v.buf:Len(), 6)
E("Buffer.Cap (first write gets 64)", v.buf:Cap(), 64)
E("Buffer.String", go.tostring(v.buf:String()), "abcdef")
v.buf:Grow(200)
E("Buffer.Grow", v.buf:Cap() >= 206, true)
v.buf:Reset()
E("Buffer.Reset", v.buf:Len(), 0)
local hbuf = bytes.Buffer()
hbuf:WriteString("x")
E("heap Buffer", hbuf:Len(), 1)

-- sync.Pool
local made = 0
local pool = sync.Pool { New = function() made = made + 1; return go.new("Node") end }
local p1, from1 = pool:Get()
E("Pool.Get calls New when empty", from1, "New")
pool:Put(p1)
local p2, from2 = pool:Get()
E("Pool.Get returns what was Put", p2 == p1, true)
E("from the private slot", from2, "private")
pool:Put(go.make("[]byte", 10))
local sl = pool:Get()
E("slices come back as slices (boxed)", go.cap(sl), 10)

-- runtime, debug
local m = runtime.ReadMemStats()
E("ReadMemStats has Go's names", m.Mallocs > 0 and m.TotalAlloc > 0 and m.HeapAlloc > 0, true)
E("BySize", m.BySize[2].Size, 8)
E("GOMAXPROCS query", runtime.GOMAXPROCS(0), 4)
E("GOMAXPROCS set returns old", runtime.GOMAXPROCS(2), 4)
E("NumGoroutine", runtime.NumGoroutine(), 1)
E("SetGCPercent returns old", debug.SetGCPercent(50), 100)
debug.SetGCPercent(100)
E("SetMemoryLimit query", debug.SetMemoryLimit(-1) > 0, true)
local before = runtime.ReadMemStats().NumGC
runtime.GC()
E("runtime.GC runs a cycle", runtime.ReadMemStats().NumGC, before + 1)
debug.FreeOSMemory()
runtime.KeepAlive(v.head)

-- finalizers run after the object is found unreachable
local ran = 0
local g = go.globals("victim *Node")
g.victim = go.new("Node")
runtime.SetFinalizer(g.victim, function(p) ran = ran + 1 end)
g.victim = nil
runtime.GC()
runtime.GC()
E("finalizer ran", ran, 1)

-- functions push and pop frames; results survive the return
local mk = go.func("main.mk", { "t *Node" }, function(fv, n)
  fv.t = go.new("Node")
  fv.t.val = n
  return fv.t
end)
v.head = mk(41)
E("returned pointer", v.head.val, 41)

-- goroutines
local done = 0
for i = 1, 3 do
  go.go(function(k)
    local w = go.func("main.worker", { "p *Node" }, function(wv)
      wv.p = go.new("Node")
      runtime.Gosched()
      done = done + k
    end)
    w()
  end, i)
end
E("goroutines started", runtime.NumGoroutine(), 4)
go.wait()
E("goroutines ran", done, 6)
E("goroutines ended", runtime.NumGoroutine(), 1)

-- lesson
lesson.say("narration")
lesson.highlight("room", v.head, "this node")
lesson.highlight("frame", "main.main")
lesson.highlight("variable", "head")
lesson.highlight("floor", 5)
lesson.pause("look")
lesson.clear()
local d = lesson.measure("one new", function() v.head = go.new("Node") end)
E("measure Mallocs", d.Mallocs, 1)
E("measure TotalAlloc", d.TotalAlloc, 48)
E("lesson.stats peeks", lesson.stats().Mallocs > 0, true)
E("lesson.phase", lesson.phase(), "off")
lesson.check(d.Mallocs == 1, "lesson.check passes a true condition")
local okc, errc = pcall(lesson.check, d.Mallocs == 2, "one new is two mallocs")
E("lesson.check fails a false one, saying what",
  not okc and tostring(errc):find("checkpoint failed: one new is two mallocs", 1, true) ~= nil, true)
local oke, erre = pcall(E, "one new", d.Mallocs, 2)
E("lesson.expect fails with got and want",
  not oke and tostring(erre):find("checkpoint failed: one new: got 1, want 2", 1, true) ~= nil, true)
lesson.predict("how many?", function() return "one" end)
lesson.step("stepname", "a step")
lesson.step("formatted", "%d rooms, %s", 3, "formatted")   -- narration takes a format and its arguments
lesson.say("100% as it is")                                  -- without arguments: not a format

-- the hotel's fixed sizes, so narration quotes them (Go 1.19's size classes)
local sz = lesson.sizes()
E("lesson.sizes tiny block", sz.tiny, 16)
E("lesson.sizes page", sz.page, 8192)
E("lesson.sizes size classes", #sz.classes, 67)
E("lesson.sizes smallest room", sz.classes[1], 8)
E("lesson.sizes max_small is the largest room", sz.max_small, sz.classes[#sz.classes])

-- waiting for a mark phase in one operation instead of a polling loop
lesson.gc_start()
local units = lesson.gc_mark_step("roots")
local gs = lesson.gc_state()
E("gc_mark_step('roots') ran every root job", gs.roots_done, gs.roots)
E("one unit per root job", units, gs.roots)
lesson.gc_mark_step("grey")
E("gc_mark_step('grey') leaves nothing grey", lesson.gc_state().grey, 0)
E("the mark ends only with gc_finish", lesson.phase(), "mark")
lesson.gc_finish()
local okw, errw = pcall(lesson.gc_mark_step, "sweep")
E("an unknown phase is refused", okw == false and tostring(errw):find("invalid option") ~= nil, true)

-- require from lua/ and the scene folder
local helper = require("api_helper")
E("require from the scene folder", helper.answer, 42)

-- pcall still catches ordinary errors and recovers Go panics
local ok, err = pcall(function() local s = go.make("[]int", 1); return s[3] end)
E("recover a Go panic", ok == false and err:find("index out of range") ~= nil, true)

-- lesson.reset gives a fresh simulator
lesson.reset { gogc = 200 }
E("fresh simulator", runtime.ReadMemStats().Mallocs, 0)
E("GOGC from reset", debug.SetGCPercent(100), 200)
print("api.lua: all checkpoints passed")
