-- 11_profiling.lua — Lesson 11: finding where a program allocates. The scene runs the real
-- Go program go/11_profiling.go: runtime.ReadMemStats before and after each of its three
-- steps says which function allocates; the allocation profile by source line (flat: made
-- by the line itself, cum: also by the functions it calls, along the program's call
-- stack) says which line. Every figure is measured on the running program and compared
-- with real Go 1.19: its MemStats deltas, and its runtime.MemProfile read the way pprof
-- reads it (tests/lessons/go/11_profiling: expected.txt, pprof.go).
local kit = require("lesson_kit")
lesson.title("11. Profiling: where do the allocations come from?")
local prog = go.program("go/11_profiling.go")

-- The profile's row for a line of the Go file (a line that allocated nothing has none).
local function row_of(rows, line)
  for _, r in ipairs(rows) do
    if r.file == "11_profiling.go" and r.line == line then return r end
  end
  return { line = line, flat_bytes = 0, flat_objects = 0, cum_bytes = 0, cum_objects = 0 }
end

prog:run_to{call = "main.func1"}
lesson.step("intro", "A program is slow and uses much memory. Where does it allocate? Do not guess: measure.")
local f_line = prog:find("\tf()")
lesson.step("memstats", "Tool 1: runtime.ReadMemStats. measure reads Mallocs and TotalAlloc before and after f() (line %d), the step it is given.",
  f_line)

-- The three steps, each from its closure's entry to its return.
local steps = { { "loadUsers", "main.func1", "\tloadUsers(200)" }, { "buildReport", "main.func2", "\tbuildReport()" },
  { "sumAges", "main.func3", "\tsumAges()" } }
local m = {}
for _, s in ipairs(steps) do
  if prog:where() ~= s[2] then prog:run_to{call = s[2]} end
  m[s[1]] = lesson.measure(s[1], function() prog:run_to{ret = s[2]} end)
end
lesson.expect("sumAges allocates nothing", m.sumAges.Mallocs, 0)
local users = prog:var("users")
lesson.figure("users.Cap", go.cap(users))
prog:run_to{line = prog:find("users.Cap")}   -- the steps are done; the last Printf is next
lesson.step("table", "Measured: loadUsers %s, %s; buildReport %s, %s; sumAges %s.",
  kit.plural(m.loadUsers.Mallocs, "allocation"), kit.bytes(m.loadUsers.TotalAlloc),
  kit.plural(m.buildReport.Mallocs, "allocation"), kit.bytes(m.buildReport.TotalAlloc),
  kit.plural(m.sumAges.Mallocs, "allocation"))

local report = go.load(prog:addr("report"))
lesson.predict("Which function allocates the most bytes?", function()
  lesson.check(m.buildReport.TotalAlloc > m.loadUsers.TotalAlloc, "buildReport allocates more bytes than loadUsers")
  lesson.highlight("room", report, "report: the last +=")
  return string.format("buildReport: %s, against %s for loadUsers. Each += copies the whole string so far into a new, longer one; the older ones are garbage.",
    kit.bytes(m.buildReport.TotalAlloc), kit.bytes(m.loadUsers.TotalAlloc))
end)

-- The profile so far: every allocation of the three steps (Go's MemProfileRate = 1).
local rows = lesson.profile()
local total = 0
for _, r in ipairs(rows) do total = total + r.flat_bytes end
local sorted = true
for i = 2, #rows do sorted = sorted and rows[i - 1].flat_bytes >= rows[i].flat_bytes end
lesson.check(sorted, "lesson.profile() lists lines as pprof -top does: flat bytes, biggest first")
local new_line, append_line = prog:find("u := &User"), prog:find("users = append")
local call_line, concat_line = prog:find(steps[1][3]), prog:find("s += ")
local new, app, call = row_of(rows, new_line), row_of(rows, append_line), row_of(rows, call_line)
local f_row = row_of(rows, f_line)

lesson.highlight("room", users, string.format("users' array, cap %d", go.cap(users)))
lesson.step("users", "loadUsers made %d Users of %d bytes (line %d), and %s for users as append grew it (line %d); the last has room for %d.",
  new.flat_objects, new.flat_bytes // new.flat_objects, new_line, kit.plural(app.flat_objects, "array"), append_line, go.cap(users))

lesson.step("pprof", "Tool 2: the allocation profile. Like go tool pprof, it charges each allocation to the line that made it and to every line on the call stack.")
lesson.expect("loadUsers(200) makes nothing itself", call.flat_bytes, 0)
lesson.expect("its cum is what loadUsers allocated", call.cum_bytes, m.loadUsers.TotalAlloc)
lesson.expect("...line by line", call.cum_bytes, new.flat_bytes + app.flat_bytes)
lesson.step("cum", "flat: made by the line itself. cum: also by what it calls. Line %d, loadUsers(200): flat 0 B, cum %s = %s (line %d) + %s (line %d).",
  call_line, kit.bytes(call.cum_bytes), kit.bytes(new.flat_bytes), new_line, kit.bytes(app.flat_bytes), append_line)
lesson.expect("f() is on the stack of every step", f_row.cum_bytes,
  m.loadUsers.TotalAlloc + m.buildReport.TotalAlloc + m.sumAges.TotalAlloc)
lesson.step("stack", "f() in measure (line %d) is on the stack of all three steps: flat 0 B, cum %s. A big cum says where to look; the flat says which line.",
  f_line, kit.bytes(f_row.cum_bytes))

lesson.expect("the top line is buildReport's +=", rows[1].line, concat_line)
lesson.expect("it made all of buildReport's bytes", rows[1].flat_bytes, m.buildReport.TotalAlloc)
local rest = {}
for i = 2, 3 do rest[#rest + 1] = string.format("line %d, %s", rows[i].line, kit.bytes(rows[i].flat_bytes)) end
for i = 1, 3 do
  lesson.figure("profile.top" .. i .. ".line", rows[i].line)
  lesson.figure("profile.top" .. i .. ".objects", rows[i].cum_objects)
  lesson.figure("profile.top" .. i .. ".bytes", rows[i].cum_bytes)
end
for _, s in ipairs(steps) do  -- a function's cum: the cum of the line that calls it
  local r = row_of(rows, prog:find(s[3]))
  lesson.figure("profile." .. s[1] .. ".objects", r.cum_objects)
  lesson.figure("profile." .. s[1] .. ".bytes", r.cum_bytes)
end
lesson.highlight("room", report, "report, made by the top line")
lesson.step("top", "The top line: %d, %s in buildReport: %s in %d objects, %d%% of all bytes. Next: %s.",
  rows[1].line, prog:source(rows[1].line), kit.bytes(rows[1].flat_bytes), rows[1].flat_objects,
  100 * rows[1].flat_bytes // total, table.concat(rest, "; "))

local tiny = lesson.sizes().tiny
lesson.check(rows[1].flat_objects < m.buildReport.Mallocs, "the profile has fewer objects than Mallocs")
lesson.step("tiny", "Mallocs said %d, the profile %d objects: %s fitted into a %d-byte tiny block another string had begun, and the profile does not record such tiny fits.",
  m.buildReport.Mallocs, rows[1].flat_objects, kit.plural(m.buildReport.Mallocs - rows[1].flat_objects, "short string"), tiny)

local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()
lesson.step("fix", "Fix the top line first: a strings.Builder in buildReport (lesson 5). Then make([]*User, 0, n) so append does not regrow users.")
