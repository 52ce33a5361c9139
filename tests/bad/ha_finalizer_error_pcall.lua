-- expect: 1: tests/bad/ha_finalizer_error_pcall\.lua:16: back on main\.main: s=x
-- a finalizer's error caught by pcall: the scene is back on its own goroutine afterwards
-- (its locals went into runtime.runfinq's 16-byte frame: "frame of runtime.runfinq is full")
local p = go.new("int")
runtime.SetFinalizer(p, function() error("boom") end)
p = nil
local ok, err = true, nil
for _ = 1, 3 do
  if ok then ok, err = pcall(runtime.GC) end
end
lesson.check(not ok and err:find("boom"), "the finalizer's error reaches the pcall")
local v = go.vars("s string", "t string", "n int")
v.s = "x"
v.n = 1
lesson.expect("goroutines", runtime.NumGoroutine(), 1)
error("back on main.main: s=" .. tostring(v.s))
