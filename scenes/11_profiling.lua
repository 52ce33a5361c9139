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

local f_line, new_line, append_line = prog:find("\tf()"), prog:find("u := &User"), prog:find("users = append")
local concat_line = prog:find("s += ")
-- The three steps: measure's name, the closure that runs it, and the line that calls it.
local steps = { { "loadUsers", "main.func1", prog:find("\tloadUsers(200)") },
  { "buildReport", "main.func2", prog:find("\tbuildReport()") }, { "sumAges", "main.func3", prog:find("\tsumAges()") } }

-- The profile's row for a line of the Go file (a line that allocated nothing has none).
local function row_of(rows, line)
  for _, r in ipairs(rows) do
    if r.file == "11_profiling.go" and r.line == line then return r end
  end
  return { line = line, flat_bytes = 0, flat_objects = 0, cum_bytes = 0, cum_objects = 0 }
end

-- Prints the rows of some lines, so the console shows the figures the narration quotes.
local function show(rows, lines)
  for _, l in ipairs(lines) do
    local r = row_of(rows, l)
    print(string.format("flat %9s   cum %9s   %3d objects   line %d: %s", kit.bytes(r.flat_bytes),
      kit.bytes(r.cum_bytes), r.cum_objects, l, prog:source(l)))
  end
end

-- The code panel shows the lines a narration quotes, wherever the program stands.
local function quote(...)
  for _, l in ipairs({ ... }) do lesson.highlight("line", l) end
end

-- Inside loadUsers, before its last append: every User made, users at its last array.
local function users_pause()
  repeat prog:run_to{line = append_line} until prog:var("i") == prog:var("n") - 1
  local rows = lesson.profile()
  local new, app = row_of(rows, new_line), row_of(rows, append_line)
  local users = prog:var("users")
  lesson.clear()
  lesson.highlight("room", users, string.format("users' array, cap %d", go.cap(users)))
  quote(new_line, append_line)
  show(rows, { new_line, append_line })
  lesson.step("users", "loadUsers, last pass: %d Users of %d B made by line %d, and %s by append on line %d as users grew; the last has room for %d.",
    new.flat_objects, new.flat_bytes // new.flat_objects, new_line, kit.plural(app.flat_objects, "array"), append_line, go.cap(users))
  lesson.clear()
end

lesson.step("intro", "A program is slow and uses much memory. Where does it allocate? Do not guess: measure.")
prog:run_to{line = f_line}                    -- inside measure, about to run the first step
lesson.step("memstats", "Tool 1: runtime.ReadMemStats. measure reads Mallocs and TotalAlloc before and after f() (line %d), the step it is given.",
  f_line)

-- Each step measured from its closure's entry to its return. buildReport is run one
-- allocation at a time: a stop whose value went into a tiny block already begun (offset
-- > 0) is a tiny fit, the allocation the profile does not record.
local m, fits = {}, {}
for k, s in ipairs(steps) do
  if prog:where() ~= s[2] then prog:run_to{call = s[2]} end
  m[s[1]] = lesson.measure(s[1], function()
    if k == 1 then users_pause() end
    if k ~= 2 then prog:run_to{ret = s[2]} return end
    repeat
      local r = prog:run_to{alloc = true, ret = s[2]}
      if r.reason == "alloc" and r.offset > 0 then fits[#fits + 1] = r end
    until r.reason ~= "alloc"
  end)
  lesson.expect(s[1] .. " has returned to measure", prog:where(), "measure")
end
lesson.expect("sumAges allocates nothing", m.sumAges.Mallocs, 0)
lesson.figure("users.Cap", go.cap(prog:var("users")))
prog:run_to{line = prog:find("users.Cap")}   -- the steps are done; the last Printf is next
lesson.clear()                                -- the label of measure's last room
for _, s in ipairs(steps) do                  -- the table the narration reads, on the console
  print(string.format("%-12s Mallocs %4d   TotalAlloc %9s", s[1], m[s[1]].Mallocs, kit.bytes(m[s[1]].TotalAlloc)))
end
lesson.step("table", "Measured (console): loadUsers %s, %s; buildReport %s, %s; sumAges %s.",
  kit.plural(m.loadUsers.Mallocs, "allocation"), kit.bytes(m.loadUsers.TotalAlloc),
  kit.plural(m.buildReport.Mallocs, "allocation"), kit.bytes(m.buildReport.TotalAlloc),
  kit.plural(m.sumAges.Mallocs, "allocation"))

local report = go.load(prog:addr("report"))
lesson.predict("Which function allocates the most bytes?", function()
  lesson.check(m.buildReport.TotalAlloc > m.loadUsers.TotalAlloc, "buildReport allocates more bytes than loadUsers")
  lesson.highlight("room", report, "report: the last +=")
  lesson.highlight("line", concat_line)
  return string.format("buildReport: %s, against %s for loadUsers. Each += copies the whole string so far into a new, longer one; the older ones are garbage.",
    kit.bytes(m.buildReport.TotalAlloc), kit.bytes(m.loadUsers.TotalAlloc))
end)

-- The profile of the three steps: every allocation (as Go's with MemProfileRate = 1).
local rows = lesson.profile()
local total = 0
for _, r in ipairs(rows) do total = total + r.flat_bytes end
local sorted = true
for i = 2, #rows do sorted = sorted and rows[i - 1].flat_bytes >= rows[i].flat_bytes end
lesson.check(sorted, "lesson.profile() lists lines as pprof -top does: flat bytes, biggest first")
for i = 1, 3 do
  lesson.figure("profile.top" .. i .. ".line", rows[i].line)
  lesson.figure("profile.top" .. i .. ".objects", rows[i].cum_objects)
  lesson.figure("profile.top" .. i .. ".bytes", rows[i].cum_bytes)
end
for _, s in ipairs(steps) do  -- a function's cum: the cum of the line that calls it
  local r = row_of(rows, s[3])
  lesson.figure("profile." .. s[1] .. ".objects", r.cum_objects)
  lesson.figure("profile." .. s[1] .. ".bytes", r.cum_bytes)
end

local objects = 0
for _, r in ipairs(rows) do objects = objects + r.flat_objects end
print(string.format("allocation profile: %s in %d objects, %d lines", kit.bytes(total), objects, #rows))
lesson.step("pprof", "Tool 2: the allocation profile, read as go tool pprof reads Go's: each allocation counts for every line on its call stack.")
local new, app, call = row_of(rows, new_line), row_of(rows, append_line), row_of(rows, steps[1][3])
lesson.expect("loadUsers(200) makes nothing itself", call.flat_bytes, 0)
lesson.expect("its cum is what loadUsers allocated", call.cum_bytes, m.loadUsers.TotalAlloc)
lesson.expect("...line by line", call.cum_bytes, new.flat_bytes + app.flat_bytes)
show(rows, { steps[1][3], new_line, append_line })
quote(steps[1][3], new_line, append_line)
lesson.step("cum", "flat: made by the line itself. cum: also by what it calls. Line %d, loadUsers(200): flat 0 B, cum %s = %s (line %d) + %s (line %d).",
  steps[1][3], kit.bytes(call.cum_bytes), kit.bytes(new.flat_bytes), new_line, kit.bytes(app.flat_bytes), append_line)
local f_row = row_of(rows, f_line)
lesson.expect("f() is on the stack of every step", f_row.cum_bytes,
  m.loadUsers.TotalAlloc + m.buildReport.TotalAlloc + m.sumAges.TotalAlloc)
show(rows, { steps[1][3], steps[2][3], f_line })
quote(f_line, steps[1][3], steps[2][3])
lesson.step("stack", "f() in measure (line %d) is on the stack of every step: flat 0 B, cum %s, lines %d and %d together. A big cum says where to look; the flat says which line.",
  f_line, kit.bytes(f_row.cum_bytes), steps[1][3], steps[2][3])

lesson.expect("the top line is buildReport's +=", rows[1].line, concat_line)
lesson.expect("it made all of buildReport's bytes", rows[1].flat_bytes, m.buildReport.TotalAlloc)
local rest = {}
for i = 2, 3 do rest[#rest + 1] = string.format("line %d, %s", rows[i].line, kit.bytes(rows[i].flat_bytes)) end
lesson.highlight("room", report, "report, made by the top line")
show(rows, { rows[1].line, rows[2].line, rows[3].line })
quote(rows[1].line, rows[2].line, rows[3].line)
lesson.step("top", "The top line, %d: %s in buildReport, %s in %d objects, %d%% of all bytes. Next: %s.",
  rows[1].line, prog:source(rows[1].line), kit.bytes(rows[1].flat_bytes), rows[1].flat_objects,
  100 * rows[1].flat_bytes // total, table.concat(rest, "; "))

lesson.check(rows[1].flat_objects < m.buildReport.Mallocs, "the profile has fewer objects than Mallocs")
print(string.format("buildReport: MemStats Mallocs %d; profile, line %d: %d objects", m.buildReport.Mallocs, rows[1].line, rows[1].flat_objects))
lesson.expect("the missing objects are buildReport's tiny fits", #fits, m.buildReport.Mallocs - rows[1].flat_objects)
lesson.expect("the fit was made by the top line", fits[1].ran, concat_line)
lesson.highlight("room", fits[1].room, string.format("a tiny block: a string at offset %d", fits[1].offset))
lesson.step("tiny", "Mallocs said %d, the profile %d objects: %s fitted into a %d-byte tiny block another string had begun (marked), and the profile does not record such tiny fits.",
  m.buildReport.Mallocs, rows[1].flat_objects, kit.plural(#fits, "short string"),
  lesson.sizes().tiny)

local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()
quote(concat_line, append_line)               -- the two lines the fix changes
lesson.step("fix", "Fix the top line first: a strings.Builder in buildReport (lesson 5). Then make([]*User, 0, n) so append does not regrow users.")
