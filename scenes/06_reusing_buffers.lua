-- 06_reusing_buffers.lua — Lesson 6: reusing buffers. The scene runs the real Go program
-- go/06_reusing_buffers.go and directs it: a request with a new bytes.Buffer grows it
-- room by room and throws it away; a shared Buffer, Reset before each request, grows
-- only in the first one and then keeps its room; a []byte cut back with line[:0] does
-- the same. Every figure is measured on the running program and compared with what real
-- Go 1.19 prints for the same file (tests/lessons/go/06_reusing_buffers/expected.txt).
local kit = require("lesson_kit")
lesson.title("6. Reusing buffers")
local prog = go.program("go/06_reusing_buffers.go")

-- Run one call of handler to its return, stopping after each statement that allocated:
-- the rooms it made, in order, as {addr =, cap = the buffer's new capacity} for a growth
-- of the buffer (cap_of() changed), {addr =} for another room. The reply is made by the
-- return statement itself, so that stop is already back in the caller.
local function one_request(handler, cap_of)
  if prog:where() ~= handler then prog:run_to{call = handler} end
  local known, cap = pcall(cap_of)             -- a local buffer is not declared yet: cap 0
  local rooms = {}
  if not known then cap = 0 end
  while true do
    local r = prog:run_to{alloc = true, ret = handler}
    if r.reason ~= "alloc" then break end
    local inside = prog:where() == handler
    local grew = inside and cap_of() ~= cap
    if grew then cap = cap_of() end
    rooms[#rooms + 1] = {addr = r.addr, cap = grew and cap or nil}
    if not inside then break end
  end
  return rooms
end

-- The capacities of a request's growths, in order.
local function growths(rooms)
  local caps = {}
  for _, room in ipairs(rooms) do if room.cap then caps[#caps + 1] = room.cap end end
  return caps
end

prog:run_to{call = "handleFresh"}             -- the first request; before it, main's loop made no room
local requests = prog:var("requests")
local fresh_line = prog:find("var buf bytes.Buffer")
lesson.step("intro", "A server answers %d requests. handleFresh builds each reply in a new buffer (line %d), then keeps it as a string in sink.",
  requests, fresh_line)

local fresh, per_fresh, fresh_caps
lesson.predict(string.format("%d requests, a new bytes.Buffer for each. How many heap allocations?", requests), function()
  fresh = lesson.measure("fresh", function()
    local rooms = one_request("handleFresh", function() return prog:addr("buf"):Cap() end)
    per_fresh = #rooms
    local sink = go.load(prog:addr("sink"))
    lesson.check(go.addr(sink) == rooms[#rooms].addr, "the last room of a request is its reply")
    lesson.clear()                            -- the program's own label on the reply
    fresh_caps = growths(rooms)
    lesson.expect("a request is its buffer's growths and the reply", #rooms, #fresh_caps + 1)
    -- every buffer buf outgrew is ringed; only the last is labelled (each ring's floor sign
    -- already says its size, and four callouts crowd the hotel at 1280x720)
    for i, room in ipairs(rooms) do
      if room.cap then
        lesson.highlight("room", room.addr, i == #fresh_caps and string.format("buf %d: %d B", i, room.cap) or "")
      end
    end
    lesson.highlight("room", sink, "sink")
    lesson.step("one", "One request: %s. buf's buffer grew %s, then String() copied the %d bytes into sink's new room. buf's rooms are now garbage.",
      kit.plural(#rooms, "room"), table.concat(fresh_caps, " → "), go.len(sink))
    lesson.clear()
    prog:run_to{ret = "main.func1"}
  end)
  lesson.expect("every request costs the same", fresh.Mallocs, requests * per_fresh)
  lesson.clear()
  return string.format("%s, %s: %d for every request, and all but the last reply is garbage.",
    kit.plural(fresh.Mallocs, "allocation"), kit.bytes(fresh.TotalAlloc), per_fresh)
end)
lesson.clear()

-- handleReused: one package-level buffer, Reset at the start of each request.
prog:run_to{call = "handleReused"}
lesson.clear()                                -- the label of measure's last room
local reset = prog:find("shared.Reset()")
lesson.step("reuse", "handleReused writes into one buffer, shared, for every request. Line %d, %s, empties it but keeps its room.",
  reset, (prog:source(reset):gsub("%s*//.*$", "")))
local shared_cap = function() return prog:addr("shared"):Cap() end
local buffer                                  -- shared's room after its last growth
local reused = lesson.measure("reused", function()
  local first = one_request("handleReused", shared_cap)
  for _, room in ipairs(first) do if room.cap then buffer = room end end
  lesson.expect("shared grows as buf grew", table.concat(growths(first), " "), table.concat(fresh_caps, " "))
  local cap1 = shared_cap()
  lesson.clear()
  lesson.highlight("room", buffer.addr, string.format("shared's buffer: %d B", cap1))
  lesson.step("first", "The first request grows shared as handleFresh grew buf, to %d bytes: %s with the reply.",
    cap1, kit.plural(#first, "allocation"))
  local second = one_request("handleReused", shared_cap)
  lesson.expect("the second request: only the reply", #second, 1)
  lesson.expect("its one room is the reply", second[1].addr, go.addr(go.load(prog:addr("sink"))))
  lesson.expect("shared kept its capacity", shared_cap(), cap1)
  lesson.clear()
  lesson.highlight("room", buffer.addr, "shared's buffer: the same room")
  lesson.highlight("room", go.load(prog:addr("sink")), "sink: reply 2")
  lesson.step("second", "Request 2: Reset, then the same writes into the same %d-byte room. %s: the reply string.",
    cap1, kit.plural(#second, "allocation"))
  lesson.clear()
  prog:run_to{ret = "main.func2"}
end)
lesson.figure("reused.Cap", shared_cap())
lesson.check(reused.Mallocs < fresh.Mallocs, "reuse allocates less")
lesson.clear()
lesson.highlight("room", buffer.addr, string.format("shared's buffer: %d B, for all %d", shared_cap(), requests))
lesson.step("reused", "Reused: %s, %s. New buffers: %s, %s. What is left is one reply per request: String() must copy.",
  kit.plural(reused.Mallocs, "allocation"), kit.bytes(reused.TotalAlloc), kit.plural(fresh.Mallocs, "allocation"), kit.bytes(fresh.TotalAlloc))

-- handleSlice: a []byte cut back to length 0, its array kept.
prog:run_to{call = "handleSlice"}
local cut = prog:find("line = line[:0]")
local first
local sliced = lesson.measure("sliced", function()
  first = one_request("handleSlice", function() return go.cap(prog:var("line")) end)
  -- request 2 stops before its first statement, the cut: the code panel marks it.
  local at = prog:run_to{call = "handleSlice"}
  lesson.check(at.line == cut, "handleSlice starts with the cut")
  local arr = prog:var("line")
  lesson.highlight("room", arr, string.format("line's array: cap %d", go.cap(arr)))
  lesson.step("cut", "Request 2. Line %d, %s, is next: it sets line's length to 0 (now %d) and keeps its array, cap %d, which request 1 grew.",
    cut, (prog:source(cut):gsub("%s*//.*$", "")), go.len(arr), go.cap(arr))
  lesson.clear()
  prog:run_to{ret = "main.func3"}
end)
lesson.expect("line grew in the first request only", sliced.Mallocs, #first - 1 + requests)
local line = prog:var("line")
lesson.expect("line kept the array of its last growth", go.addr(line), first[#first - 1].addr)
lesson.clear()
lesson.figure("sliced.Cap", go.cap(line))
lesson.highlight("room", line, string.format("line's array: cap %d", go.cap(line)))
lesson.step("slice", "A plain []byte works the same way: the cut keeps the array. %s, %s: one reply per request, plus %s while line first grew.",
  kit.plural(sliced.Mallocs, "allocation"), kit.bytes(sliced.TotalAlloc),
  kit.plural(sliced.Mallocs - requests, "room"))
lesson.clear()
local last = prog:run_to{done = true}
lesson.check(last.reason == "done" and prog:done(), "the program ran to its end")
lesson.clear()                                -- the label of the last Printf's room
lesson.step("careful", "Reuse is safe while one request at a time uses the buffer. Many goroutines at once need one each: sync.Pool (lesson 8).")
