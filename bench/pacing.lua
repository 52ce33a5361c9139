-- pacing.lua — the pacing workload of issue 3 as a Lua scene, for bench_scripting to time
-- next to real Go (bench/go/pacing): a live set of live_mib MiB of 1 KiB objects held from
-- a global slice, runtime.GC(), then garbage_mib MiB of short-lived 64-byte pointerful
-- objects, every other one dropped at once, the others kept until the next one.
-- gohotel run bench/pacing.lua --param live_mib=1 --param garbage_mib=8
go.struct("garbage", { "next *garbage", "a *int", "b *int", "pad [5]uint64" })
local g = go.globals("live []*[1024]byte", "sink *garbage")
local v = go.vars("g *garbage")

local liveMiB = params.int("live_mib", 8)
local garbageMiB = params.int("garbage_mib", 256)

for _ = 1, liveMiB * 1024 do
  g.live = go.append(g.live, go.new("[1024]byte"))
end
runtime.GC()
local n = (garbageMiB << 20) // 64
for i = 0, n - 1 do
  v.g = go.new("garbage")
  v.g.next = g.sink
  g.sink = v.g
  if i % 2 == 0 then g.sink = nil end
end
print(string.format("live objects %d garbage objects %d", #g.live, n))
