-- expect: 1: tests/bad/out_of_memory\.lua:5: fatal error: out of memory
-- simulated out of memory: keep 256 MiB slices alive until the 4 GiB machine is full
local g = go.globals("keep [][]byte")
for i = 1, 64 do
  g.keep = go.append(g.keep, go.make("[]byte", 256 << 20))
end
