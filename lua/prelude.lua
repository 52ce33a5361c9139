-- prelude.lua — the Lua half of gohotel's scene API, loaded before every scene.
-- Sugar over the C modules: go.func (calls that push and pop stack frames), goroutines
-- (go.go, go.wait, runtime.Gosched), and the narration helpers (lesson.say with a format,
-- lesson.step, lesson.predict).

-- go.func(name, {"s string", ...}, body): a Go function. Calling it pushes a frame holding
-- the declared locals; body(v, ...) gets them as v.s; returning pops the frame.
function go.func(name, locals, body)
  if type(locals) == "function" then locals, body = {}, locals end
  if type(name) ~= "string" or type(locals) ~= "table" or type(body) ~= "function" then
    error("go.func(name, {locals...}, function(v, ...) ... end)", 2)
  end
  return function(...)
    local v = go._call(name, locals)
    return go._ret(v, body(v, ...))
  end
end

-- Goroutines: each is a Lua coroutine on its own simulated goroutine (and stack). They
-- run when the running code waits (go.wait) or yields (runtime.Gosched).
local ready = {}        -- goroutines not finished, in start order
local current = nil     -- the goroutine running now (nil: main)

function go.go(fn, ...)
  if type(fn) ~= "function" then error("go.go(fn, args...): fn must be a function", 2) end
  local args = table.pack(...)
  local gid = go._newproc()
  local g = { gid = gid }
  g.co = coroutine.create(function()
    go._frame("goroutine " .. gid)
    fn(table.unpack(args, 1, args.n))
  end)
  ready[#ready + 1] = g
  return gid
end

-- Run every ready goroutine until it yields or ends; returns how many are left.
local function round()
  local back = current and current.gid or 1
  local i = 1
  while i <= #ready do
    local g = ready[i]
    current = g
    go._switch(g.gid)
    local ok, err = coroutine.resume(g.co)
    current = nil
    go._switch(back)
    if not ok then error(err, 0) end
    if coroutine.status(g.co) == "dead" then
      go._goexit(g.gid)
      table.remove(ready, i)
    else
      i = i + 1
    end
  end
  return #ready
end

-- go.wait(): run goroutines until all have returned (like a sync.WaitGroup's Wait).
function go.wait()
  if current then error("go.wait called inside a goroutine", 2) end
  while round() > 0 do end
end

-- runtime.Gosched(): let other goroutines run.
function runtime.Gosched()
  if current then coroutine.yield() else round() end
end

-- The narration helpers: the one layer lessons and plain scenes share (lua/lesson_kit.lua
-- only formats numbers and reads the simulator for them). Every helper that names a pause
-- takes the name first, as lesson.pause, lesson.measure and lesson.figure do; narration is
-- a string.format format followed by its arguments, so every number in it comes from the
-- simulator instead of being typed.

-- lesson.say(text, ...): narration for the steps that follow; with arguments, text is a
-- string.format format ("%d rooms", n). Without arguments it is said as it is ("100%").
local say = lesson.say
function lesson.say(text, ...)
  if select("#", ...) > 0 then text = string.format(text, ...) end
  say(text)
end

-- lesson.step(name, text, ...): narrate (formatted as lesson.say), then pause so the
-- teacher can explain.
function lesson.step(name, text, ...)
  if type(name) ~= "string" or type(text) ~= "string" then
    error("lesson.step(pause_name, text [, format arguments...])", 2)
  end
  lesson.say(text, ...)
  lesson.pause(name)
end

-- lesson.predict(question, answer): ask ("Predict: " question), pause so the class
-- guesses, then reveal and pause again. answer is a function that runs the simulator and
-- returns the answer text (so nothing is measured before the reveal), or the text itself.
function lesson.predict(question, answer)
  lesson.say("Predict: " .. question)
  lesson.pause("predict")
  if type(answer) == "function" then answer = answer() end
  lesson.say(answer)
  lesson.pause("answer")
end

return true
