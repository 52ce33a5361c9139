-- 11_profiling.lua — Lesson 11: finding where a program allocates. runtime.ReadMemStats
-- before and after each step, then the allocation profile by source line, the way
-- `go tool pprof -top` lists it (`gohotel run` prints the same table for any scene).
-- Param: n (users, default 200; the window's V bar suggests 50, 200, 1000). Figures compared with tests/lessons/go/11_profiling.
local kit = require("lesson_kit")
local n = params.int("n", 200, { 50, 200, 1000 })
lesson.title("11. Profiling: where do the allocations come from?")

go.struct("User", { "ID int", "Name string", "Age int" })
local g = go.globals("users []*User", "report string", "total int", "name string")
g.name = go.concat("go", "pher")

-- func loadUsers(n int) { for i := range n { users = append(users, &User{i, name, 20 + i%50}) } }
local loadUsers = go.func("main.loadUsers", { "u *User" }, function(v, count)
  for i = 0, count - 1 do
    v.u = go.new("User")
    v.u.ID, v.u.Name, v.u.Age = i, g.name, 20 + i % 50
    g.users = go.append(g.users, v.u)
  end
end)
-- func buildReport() { s := ""; for range users { s += "u;" }; report = s }
local buildReport = go.func("main.buildReport", { "s string" }, function(v)
  for _ = 1, go.len(g.users) do v.s = v.s .. "u;" end
  g.report = v.s
end)
-- func sumAges() { t := 0; for _, u := range users { t += u.Age }; total = t }
local sumAges = go.func("main.sumAges", { "t int" }, function(v)
  for i = 0, go.len(g.users) - 1 do v.t = v.t + g.users[i].Age end
  g.total = v.t
end)

lesson.step("intro", "A program is slow and uses much memory. Where does it allocate? Do not guess: measure.")
lesson.step("memstats", "Tool 1: runtime.ReadMemStats. Read Mallocs and TotalAlloc before and after a piece of code.")
local m1 = lesson.measure("loadUsers", function() loadUsers(n) end)        -- profile:loadUsers
local m2 = lesson.measure("buildReport", function() buildReport() end)     -- profile:buildReport
local m3 = lesson.measure("sumAges", function() sumAges() end)             -- profile:sumAges
lesson.expect("every user loaded", go.len(g.users), n)
lesson.expect("sumAges allocates nothing", m3.Mallocs, 0)
lesson.step("table", "loadUsers: %s, %s. buildReport: %s, %s. sumAges: %s.",
  kit.plural(m1.Mallocs, "allocation"), kit.bytes(m1.TotalAlloc), kit.plural(m2.Mallocs, "allocation"),
  kit.bytes(m2.TotalAlloc), kit.plural(m3.Mallocs, "allocation"))

lesson.predict("Which function allocates the most bytes?", function()
  lesson.check(m2.TotalAlloc > m1.TotalAlloc, "buildReport allocates more bytes than loadUsers")
  lesson.highlight("room", g, "report", "report: the last +=")
  return string.format("buildReport: %s, against %s for loadUsers. Each += copies the whole report so far into a new, longer string; the older ones are garbage (striped).",
    kit.bytes(m2.TotalAlloc), kit.bytes(m1.TotalAlloc))
end)
lesson.highlight("room", g, "users", string.format("users' array, cap %d", go.cap(g.users)))
lesson.step("users", "loadUsers: %d Users of %d bytes, plus %d bigger arrays as append grew the slice (the last one has room for %d pointers).",
  n, go.sizeof("User"), m1.Mallocs - n, go.cap(g.users))

lesson.step("pprof", "Tool 2: the allocation profile. go tool pprof lists allocations by function and line, biggest first.")
local rows = lesson.profile()
local total = 0
for _, r in ipairs(rows) do total = total + r.flat_bytes end
local sorted = true
for i = 2, #rows do sorted = sorted and rows[i - 1].flat_bytes >= rows[i].flat_bytes end
lesson.check(sorted, "lesson.profile() lists lines as pprof -top does: flat bytes, biggest first")
lesson.expect("the top line is buildReport's +=", rows[1].flat_bytes, m2.TotalAlloc)
local rest = {}
for i = 2, math.min(3, #rows) do
  rest[#rest + 1] = string.format("line %d, %s", rows[i].line, kit.bytes(rows[i].flat_bytes))
end
lesson.highlight("room", g, "report", "report, made by the top line")
lesson.step("top", "Top line: scene line %d, s += \"u;\" in buildReport: %s in %d objects, %d%% of all bytes. Next: %s.",
  rows[1].line, kit.bytes(rows[1].flat_bytes), rows[1].flat_objects, 100 * rows[1].flat_bytes // total, table.concat(rest, "; "))
lesson.step("fix", "Fix the top line first: a strings.Builder in buildReport (lesson 5). Then make([]*User, 0, n) so append does not regrow users.")
