-- value_cache.lua — what the binding layer's caches (src/script/value_cache.c) must never
-- change: a reused handle is one a new handle would equal, a freed or reallocated room is
-- still refused through an old handle, a stale simulator's handle is still stale, and names
-- (type spellings, fields, variables) still mean what they meant. Run by test_value_cache.c.
local E = lesson.expect
go.struct("A", { "x int", "y int" })
go.struct("B", { "pad int", "x int" }) -- the same field name at another offset
local v = go.vars("p *A", "q *A", "b *B")

-- reading one heap pointer twice: equal, and now the very same Lua value
v.p = go.new("A")
v.p.x = 7
E("two reads of v.p are ==", v.p == v.p, true)
E("two reads of v.p are one handle", rawequal(v.p, v.p), true)
E("a field through either read", v.p.x, 7)

-- the field cache keys on the struct: x of A is at 0, x of B at 8
v.b = go.new("B")
v.b.x = 9
E("A.x", v.p.x, 7)
E("B.x", v.b.x, 9)
E("B.pad untouched by B.x", v.b.pad, 0)
local okf, errf = pcall(function() return v.b.y end)
E("a field B lacks is still an error", okf, false)
lesson.check(tostring(errf):find("B.y undefined", 1, true) ~= nil, "names the field: " .. tostring(errf))

-- type spellings: a cached spelling and a spaced one are one type; a bad one fails each time
E("new(A) by a spaced spelling", go.sizeof(" A "), 16)
for _ = 1, 2 do
  local okt, errt = pcall(go.new, "Missing")
  E("an undeclared type fails every time", okt, false)
  lesson.check(tostring(errt):find("undefined type Missing", 1, true) ~= nil, "says undefined: " .. tostring(errt))
end

-- a room freed and handed out again: the old handle is refused, a fresh read is a new handle
local old = v.p
local at = go.addr(v.p)
v.p = nil
runtime.GC() -- only Lua held the A: Lua variables are not roots, so it is freed
v.q = go.new("A")
lesson.check(go.addr(v.q) == at, "the freed room is reused for the next A (the test needs it)")
E("the new object is not the old handle", rawequal(v.q, old), false)
E("the new object reads zero", v.q.x, 0)
local oko, erro = pcall(function() return old.x end)
E("the old handle is refused", oko, false)
lesson.check(tostring(erro):find("use of a freed object", 1, true) ~= nil, "says freed: " .. tostring(erro))

-- go.vars handles with the same names keep their own slots
local w = go.vars("p *A")
w.p = go.new("A")
w.p.x = 3
v.p = go.new("A")
v.p.x = 4
E("w.p is w's", w.p.x, 3)
E("v.p is v's", v.p.x, 4)

-- a pointer into a frame is never shared: it is refused once its function returned
local f = go.func("main.f", { "n int" }, function(fv) return go.ref(fv, "n") end)
local okr, errr = pcall(function() local pn = f(1); return go.addr(pn) end)
E("a pointer to a returned frame is refused", okr, false)
lesson.check(tostring(errr):find("after main.f returned", 1, true) ~= nil, "says returned: " .. tostring(errr))

-- lesson.reset: a handle from the discarded simulator is stale even at a reused address
local before, addr0 = v.q, go.addr(v.q)
lesson.reset {}
local z = go.vars("r *A")
z.r = go.new("A")
E("the same address in the fresh simulator", go.addr(z.r), addr0)
E("not the stale handle", rawequal(z.r, before), false)
local oks, errs = pcall(function() return before.x end)
E("the old simulator's handle is stale", oks, false)
lesson.check(tostring(errs):find("stale", 1, true) ~= nil, "says stale: " .. tostring(errs))
