-- goprog_profile.lua — a go.program's allocation profile follows the program's call stack,
-- as pprof's does: a call line's cum holds what the called function (and its callees)
-- allocated, its flat only what the line made itself. The figures are real Go 1.19's
-- runtime.MemProfile of goprog_profile.go (see its header).
local prog = go.program("goprog_profile.go")
prog:run_to{done = true}
local rows = {}
for _, r in ipairs(lesson.profile()) do
  if r.file == "goprog_profile.go" then rows[r.line] = r end
end
local function row(text)
  local r = rows[prog:find(text)]
  lesson.check(r ~= nil, "the profile has a row for " .. text)
  return r
end
local fill, grow64, grow1000, make = row("\tfill()"), row("\tgrow(64)"), row("\tgrow(1000)"), row("\tb := make")
lesson.expect("fill() makes nothing itself", fill.flat_objects, 0)
lesson.expect("fill()'s cum: fill's and grow's objects", fill.cum_objects, 4)
lesson.expect("fill()'s cum bytes", fill.cum_bytes, 1216)
lesson.expect("grow(64)'s cum: its three calls", grow64.cum_objects, 3)
lesson.expect("grow(64)'s cum bytes", grow64.cum_bytes, 192)
lesson.expect("grow(1000)'s cum bytes", grow1000.cum_bytes, 1024)
lesson.expect("grow's make is where the bytes are made (flat)", make.flat_bytes, 1216)
lesson.expect("...and its cum is its flat (no callee)", make.cum_bytes, make.flat_bytes)
lesson.step("done", "fill() has flat %d B, cum %d B.", fill.flat_bytes, fill.cum_bytes)
