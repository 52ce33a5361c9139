-- goprog_map.lua — prog:map(name) reads a Go map of the running program from its runtime
-- structure: the hmap's words (count, B, buckets, oldbuckets, nevacuate, ...), the keys in
-- each bucket, the overflow buckets, the old buckets already moved. The bucket sizes are
-- real Go 1.19's: the first insert into each map allocates one bucket, and `go run` of the
-- same inserts measures 144 B (map[int]int), 208 B (map[string]int), 144 B plus the 256-byte
-- value's own room (map[int][32]int: values over 128 B are stored indirectly) and a
-- 1152-byte room for the 1104-byte bucket of map[int][16]int (128 B values stay inline).
local prog = go.program([[package main

type T struct{ M map[int]int }

var a map[int]int
var s map[string]int
var v map[int][32]int
var w map[int][16]int
var t T

func local() int {
	l := make(map[int]int)
	l[1] = 1
	return len(l)
}

func main() {
	a = make(map[int]int)
	s = make(map[string]int)
	v = make(map[int][32]int)
	w = make(map[int][16]int)
	t.M = a
	s["x"] = 1
	v[1] = [32]int{}
	w[1] = [16]int{}
	for i := 0; i < 60; i++ {
		a[i] = i
	}
	local()
}
]])
lesson.check(prog:map("a") == nil, "a nil map has no hmap")
prog:run_to{line = prog:find("s = make")}       -- a made: makemap_small, no bucket yet
local a = prog:map("a")
lesson.expect("empty", a.count, 0)
lesson.expect("no array yet", a.buckets, 0)
lesson.expect("no buckets yet", a.nbuckets, 0)
lesson.expect("B", a.B, 0)
lesson.expect("map[int]int's bucket", a.bucketsize, 144)

-- each map's first bucket is the one allocation of its first insert
local function first(name, line)
  if prog:next_line() ~= line then prog:run_to{line = line} end
  local m = lesson.measure(name, function() prog:step() end)
  return m, prog:map(name)
end
local sm, s = first("s", prog:find('s["x"] = 1'))
lesson.expect("map[string]int's bucket", s.bucketsize, 208)
lesson.expect("one bucket allocated", sm.TotalAlloc, s.bucketsize)
lesson.expect("its key", s.used[1], 1)
local vm, vi = first("v", prog:find("v[1] ="))
lesson.expect("a bucket of pointers to the values", vi.bucketsize, 144)
lesson.expect("the bucket and the value's room", vm.Mallocs, 2)
lesson.expect("144 + 256", vm.TotalAlloc, vi.bucketsize + 256)
local wm, wi = first("w", prog:find("w[1] ="))
lesson.expect("128-byte values inline", wi.bucketsize, 8 + 8 * 8 + 8 * 128 + 8)
lesson.expect("one room of the size class", wm.TotalAlloc, 1152)
lesson.expect("the array's room", wi.room, wm.TotalAlloc)
lesson.expect("Go's bucketCnt", wi.slots, 8)
lesson.expect("Go's maxElemSize", wi.maxelemsize, 128)
lesson.expect("Go's maxKeySize", wi.maxkeysize, 128)
lesson.expect("Go's load factor", wi.loadfactor, 6.5)

-- a field path names the same map
lesson.expect("t.M is a", prog:map("t.M").hmap, prog:map("a").hmap)

-- filling a: 1, 2, 4, 8, 16 buckets; the doubling at 53 leaves both arrays live a while
local ins = prog:find("a[i] = i")
local seen, both, chained = {}, nil, 0
for _ = 1, 60 do
  prog:run_to{line = ins}
  local before = prog:map("a")
  prog:step()
  local now = prog:map("a")
  local keys = 0
  for _, n in ipairs(now.used) do keys = keys + n end
  if now.oldbuckets == 0 then lesson.check(keys == now.count, "the buckets hold every key")
  else lesson.check(keys < now.count, "some keys still in the old buckets") end
  lesson.check(#now.used == now.nbuckets, "one count per bucket")
  lesson.check(#now.overflows == now.overflow, "an address per overflow bucket")
  if now.overflow > before.overflow and now.B == before.B then
    lesson.check(now.overflows[#now.overflows] ~= 0, "a chained bucket")
    chained = chained + 1
  end
  if now.B ~= before.B then
    seen[#seen + 1] = now.count
    if before.nbuckets > 1 then lesson.expect("doubled past the load factor", (now.count - 1) / before.nbuckets, now.loadfactor) end
    lesson.check(now.nbuckets == 2 * math.max(before.nbuckets, 1), "the array doubled")
    if now.oldbuckets ~= 0 then
      lesson.expect("the old array is the one before", now.oldbuckets, before.buckets)
      lesson.expect("half as many old buckets", now.oldnbuckets, before.nbuckets)
      lesson.check(now.evacuated > 0 and now.evacuated < now.oldnbuckets, "some old buckets moved, not all")
      both = now
    end
  end
end
lesson.expect("doubled at insert 9, 14, 27 and 53", table.concat(seen, " "), "9 14 27 53")
lesson.check(both ~= nil and both.B == 4, "the doubling to 16 buckets was seen in progress")
lesson.check(chained > 0, "some insert chained an overflow bucket")
local done = prog:map("a")
lesson.expect("evacuation over", done.oldbuckets, 0)
lesson.expect("oldnbuckets", done.oldnbuckets, 0)
lesson.expect("every old bucket moved", done.nevacuate, 8)

-- a map that does not escape: its hmap and first bucket on local's plate
prog:run_to{line = prog:find("return len(l)")}
local l = prog:map("l")
lesson.expect("one key", l.count, 1)
lesson.expect("a frame's bucket is in no heap room", l.room, 0)
lesson.check(l.buckets > l.hmap and l.buckets - l.hmap < 512, "the bucket beside the hmap, in the frame")
