-- expect: 1: tests/bad/deep_gofunc_recursion\.lua:[0-9]+: .*(stack overflow|C stack)
-- recursion through go.func (each call a simulated frame) ends with a clean error
local f
f = go.func("main.f", { "x int" }, function(v, n) return f(n + 1) end)
f(1)
