-- stepping.lua — a small scene with every kind of stop point: lines, operations, events,
-- GC phase changes and cycles (4 MiB of garbage passes the first trigger), lesson pauses.
go.struct("Chunk", { "next *Chunk", "data []byte" })
local v = go.vars("keep *Chunk", "tmp []byte")
lesson.say("allocating")
lesson.pause("start")
for i = 1, 700 do
  v.tmp = go.make("[]byte", 8192)      -- garbage at once
  if i % 100 == 0 then
    local c = go.new("Chunk")
    c.next = v.keep
    v.keep = c
  end
end
lesson.pause("middle")
runtime.GC()
lesson.say("done")
lesson.pause("end")
