-- expect: 1: tests/bad/hd_deep_stack\.lua:7: lua/prelude\.lua:[0-9]+: fatal error: out of memory \(heap: the host-memory budget of 64M is spent; --max-memory SIZE allows more\)
-- args: --max-memory 64M
-- recursion with 1 MiB frames: the goroutine stack doubles by copying (Go's copystack),
-- 1 GB of host memory before Go's own 1 GB limit; the budget stops it at the call's line
local f
f = go.func("main.f", { "big [1048576]byte" }, function(v, n)
  return f(n + 1)
end)
f(1)
