-- expect: 1: tests/bad/ha_finalizer_reset\.lua:6: lesson\.reset: not allowed in a finalizer \(the finalizer goroutine runs on the simulator it would discard\)
-- a finalizer that resets the lesson would free the simulator run_finalizers is running on
-- (a use-after-free): it is refused at the finalizer's line
local g = go.globals("x *int")
local p = go.new("int")
runtime.SetFinalizer(p, function() lesson.reset() end)
p = nil
runtime.GC()
runtime.GC()
