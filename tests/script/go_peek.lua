-- go_peek.lua — go.peek reads simulated memory as it is: a freed room whose floor stays in
-- use (keep) still holds the 0xFF bytes written into it, and the next make of the same size
-- gets that room cleared to zero by mallocgc (the bytes lesson.zeroing counts).
runtime.GOMAXPROCS(1)
local g = go.globals("sink []byte", "keep []byte")
g.sink = go.make("[]byte", 1024)
g.keep = go.make("[]byte", 1024)
local room = go.addr(g.sink)
lesson.check(go.peek(g.sink, 1024) == string.rep("\0", 1024), "a fresh room reads zero")
for i = 0, 1023 do g.sink[i] = 255 end
lesson.check(go.peek(room, 1024) == string.rep("\255", 1024), "peek by address sees the 0xFF bytes")
g.sink = nil
runtime.GC()
lesson.check(go.peek(room, 1024) == string.rep("\255", 1024), "the freed room keeps its bytes")
local z = lesson.zeroing().bytes
g.sink = go.make("[]byte", 1024)
lesson.check(go.addr(g.sink) == room, "the same room comes back")
lesson.check(go.peek(room, 1024) == string.rep("\0", 1024), "mallocgc cleared it")
lesson.expect("bytes cleared", lesson.zeroing().bytes - z, 1024)
lesson.check(go.peek(room, 0) == "", "zero bytes read as an empty string")
