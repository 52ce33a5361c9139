-- 12_go_source.lua — Go in, hotel out: the scene hands the simulator a real Go program
-- (scenes/go/counter.go). gohotel's escape analysis decides what stays on a plate and what
-- moves to a room; the interpreter then runs it statement by statement on this hotel, with
-- the Go source in the code panel. Every figure shown is measured.

lesson.title("12. Go in, hotel out: stepping through Go source")
local prog = go.program("go/counter.go")

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

-- One Go statement per step; where the compiler had something to say about a line, the
-- narration quotes it while that line runs (and the new room carries the same label).
local m = lesson.measure("program", function()
  while not prog:done() do
    local why = prog:diagnostics(prog:line())
    if #why > 0 then
      lesson.say(string.format("Line %d runs. The compiler said: %s.", prog:line(), table.concat(why, "; ")))
    end
    prog:step()
  end
end)
lesson.check(prog:done(), "the program ran to its end")
lesson.say(string.format("Done. The program made %d heap allocations (%d bytes): c, the strings of concat, and the Builder's buffer.",
  m.Mallocs, m.TotalAlloc))
lesson.pause("done")
