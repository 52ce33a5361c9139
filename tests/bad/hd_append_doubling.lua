-- expect: 1: tests/bad/hd_append_doubling\.lua:9: fatal error: out of memory \(heap: the host-memory budget of 64M is spent; --max-memory SIZE allows more\)
-- args: --max-memory 64M
-- append for ever: growslice doubles the backing array, mheap maps ever more pages (3.6 GB
-- of host memory before the budget); the host-memory budget stops it at the append's line
local g = go.globals("keep []byte")
g.keep = go.make("[]byte", 0, 1 << 20)
local chunk = string.rep("x", 1 << 20)
while true do
  g.keep = go.append(g.keep, chunk)
end
