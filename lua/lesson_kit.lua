-- lesson_kit.lua — what a guided lesson (scenes/NN_*.lua) needs besides the lesson API:
-- numbers formatted as the panels show them (kit.plural, kit.bytes), figures read from the
-- simulator (kit.peak, kit.runs). Go's escape messages for a program's line are
-- go.program's prog:diagnostics(line).
-- Narrating, pausing, predicting, measuring and publishing figures are the lesson API
-- itself (lesson.say, lesson.step, lesson.predict, lesson.measure, lesson.figure:
-- src/script/lib_lesson.c and lua/prelude.lua), the same for every scene.
-- Usage: local kit = require("lesson_kit")

local kit = {}

-- kit.plural(n, one, many): "1 allocation" / "3 allocations".
function kit.plural(n, one, many)
  return string.format("%d %s", n, n == 1 and one or (many or one .. "s"))
end

-- kit.bytes(n): a byte count as the view prints it (src/view/peek.c gh_fmt_bytes), so a
-- figure in the narration reads exactly like the same figure in a panel: whole units
-- without decimals, two decimals below 10, one above ("48 B", "3.81 MiB", "18.8 KiB").
function kit.bytes(n)
  local units = { "B", "KiB", "MiB", "GiB", "TiB" }
  local u, x = 1, n
  while x >= 1024 and u < #units do x = x / 1024; u = u + 1 end
  if u == 1 then return string.format("%d B", n) end
  if x == math.floor(x) then return string.format("%.0f %s", x, units[u]) end
  return string.format(x < 10 and "%.2f %s" or "%.1f %s", x, units[u])
end

-- kit.peak(): a tracker of the highest HeapAlloc seen. Each t:sample() is a
-- runtime.ReadMemStats (which flushes the mcaches, as Go's does), so a lesson samples the
-- way its Go program does (lesson 4: every 64 allocations); t.max holds the peak.
function kit.peak()
  local t = { max = 0 }
  function t:sample()
    local h = runtime.ReadMemStats().HeapAlloc
    if h > self.max then self.max = h end
    return h
  end
  return t
end

-- kit.runs(addrs, step): lengths of the runs of addresses that follow each other by
-- `step` bytes (rooms side by side on one floor).
function kit.runs(addrs, step)
  local runs, r = {}, 1
  for i = 2, #addrs do
    if addrs[i] - addrs[i - 1] == step then r = r + 1 else runs[#runs + 1] = r; r = 1 end
  end
  runs[#runs + 1] = r
  return runs
end

return kit
