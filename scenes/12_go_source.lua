-- 12_go_source.lua — Go in, hotel out: the scene hands the simulator a real Go program
-- (scenes/go/counter.go). gohotel's escape analysis decides what stays on a plate and what
-- moves to a room; the interpreter then runs it statement by statement on this hotel, with
-- the Go source in the code panel. Every figure shown is measured.

local kit = require("lesson_kit")
lesson.title("12. Go in, hotel out: stepping through Go source")
local prog = go.program("go/counter.go")
local startup = lesson.stats().Mallocs   -- Go's runtime's rooms from before main: not the program's

-- The compiler's verdicts, as `go build -gcflags=-m` prints them, line by line.
local verdicts = {}
for line = 1, 60 do
  for _, d in ipairs(prog:diagnostics(line)) do verdicts[#verdicts + 1] = string.format("line %d: %s", line, d) end
end
lesson.check(#verdicts > 0, "the escape analysis reported something")
lesson.say("This lesson runs a Go file instead of a script. First the compiler's escape analysis reads it.")
lesson.pause("source")
lesson.say("Its verdicts, exactly as go build -gcflags=-m prints them: " .. table.concat(verdicts, "; ") .. ".")
lesson.pause("verdicts")

local found = false
for _, v in ipairs(verdicts) do if v:find("moved to heap: c", 1, true) then found = true end end
lesson.check(found, "newCounter's c is moved to the heap")
lesson.say("newCounter returns &c, so c cannot stay on newCounter's plate: it gets a room. Watch it happen.")
lesson.pause("predict")

-- One Go statement per step. The narration names the statement that runs in this step —
-- the line the code panel marks — and quotes the compiler where it decided something about
-- that line's values (the new room carries the same label). prog:step calls narrate just
-- before the statement runs, so the marker and the narration move together. Notes about
-- constant panic messages of inlined library code ("(interface {})(string(...)) escapes")
-- concern code that never runs here, so the narration leaves them to the verdicts pause.
local function verdicts_for(line)
  local out = {}
  for _, d in ipairs(prog:diagnostics(line)) do
    if not d:find("(interface {})(string(", 1, true) then out[#out + 1] = d end
  end
  return out
end
local function narrate(line)
  local text = string.format("Line %d runs: %s", line, prog:source(line))
  local why = verdicts_for(line)
  if #why > 0 then text = text .. ". The compiler said: " .. table.concat(why, "; ") end
  return text .. "."
end

-- Each P's tiny block at the front desk (address, bytes used), read without flushing.
local nprocs = runtime.GOMAXPROCS(0)
local function tinies()
  local t = {}
  for p = 0, nprocs - 1 do local mc = lesson.mcache(p); t[p] = { mc.tiny, mc.tinyoffset } end
  return t
end
-- What the class sees of the new allocation: a tiny block that grew or started (the front
-- desk's "tiny N/16"), or nothing to add (the room is labelled when the compiler explained it).
local TINY = lesson.sizes().tiny
local function where(before, made)
  local after = tinies()
  for p = 0, nprocs - 1 do
    local b, a = before[p], after[p]
    if a[1] ~= 0 and (a[1] ~= b[1] or a[2] ~= b[2]) then
      local grew = a[1] == b[1]
      return string.format(grew and ", into P%d's tiny block: tiny %d/%d" or ", a new tiny block on P%d: tiny %d/%d", p, a[2], TINY), a[1], p
    end
  end
  return "", nil
end

-- The first time a line allocates, the lesson pauses so the class sees the new room.
local seen = {}
local m = lesson.measure("program", function()
  while not prog:done() do
    local before, tiny0 = lesson.stats().Mallocs, tinies()
    local line = prog:step(narrate)
    local made = lesson.stats().Mallocs - before
    if made > 0 and not seen[line] then
      seen[line] = true
      local told, tiny, p = where(tiny0, made)
      if tiny and #verdicts_for(line) == 0 then   -- a compiler verdict already labels the room
        lesson.highlight("room", tiny, string.format("P%d's tiny block", p))
      end
      -- A room the library made for itself is named by go.program's label (and here): the
      -- compiler's verdicts are about the program's values, not about fmt's printer.
      local by = prog:made_by()
      local own = by and string.format(" The newest room is not the program's value: it is %s.", by) or ""
      lesson.say(string.format("%s %s (%d in all)%s.%s", narrate(line), kit.plural(made, "heap allocation"),
        lesson.stats().Mallocs - startup, told, own))
      lesson.pause(string.format("line %d", line))
    end
  end
end)
lesson.check(prog:done(), "the program ran to its end")
-- The allocation profile lists the program's lines, biggest first (pprof -top order).
local top = lesson.profile()[1] or error("the program allocated nothing")
lesson.say(string.format("Done: %s, %s (Mallocs and TotalAlloc in MemStats). Most bytes came from line %d, %s: %s. The console shows what fmt.Println printed.",
  kit.plural(m.Mallocs, "heap allocation"), kit.bytes(m.TotalAlloc), top.line, prog:source(top.line), kit.bytes(top.flat_bytes)))
lesson.pause("done")
