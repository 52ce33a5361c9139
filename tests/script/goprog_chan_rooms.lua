-- goprog_chan_rooms.lua — a channel in the hotel is Go 1.19's hchan: make(chan int, 4) is one
-- noscan room of 96 + 32 B (the 128-byte class) whose bytes hold qcount, dataqsiz, buf, closed,
-- sendx and recvx as the runtime's chan.go lays them out, the values in the buffer right after
-- the 96-byte header; make(chan *int, 4) is two rooms (the hchan, then its buffer), each named
-- for what makechan made (Go prints no escape verdict for make(chan)).
local prog = go.program([[package main

var keep chan *int

func main() {
	c := make(chan int, 4)
	c <- 7
	c <- 8
	v := <-c
	close(c)
	keep = make(chan *int, 4)
	keep <- new(int)
	println(v, len(c))
}
]])
local function word(addr, off, n)
  return (string.unpack(n == 4 and "<I4" or "<I8", go.peek(addr + off, n or 8)))
end
local before, bytes = lesson.stats().Mallocs, lesson.stats().TotalAlloc
local r = prog:run_to{alloc = true}
lesson.expect("make(chan int, 4) allocates first", r.ran, prog:find("c := make(chan int, 4)"))
lesson.expect("one room", lesson.stats().Mallocs - before, 1)
lesson.expect("of the 128-byte class: the 96-byte hchan and 4 ints", lesson.stats().TotalAlloc - bytes, 128)
lesson.expect("named for makechan", prog:made_by(r.addr), "makechan: the hchan and its buffer, one object")
local c = r.addr
lesson.expect("dataqsiz is 4", word(c, 8), 4)
lesson.expect("buf points right after the header", word(c, 16), c + 96)
lesson.expect("elemsize 8", (string.unpack("<I2", go.peek(c + 24, 2))), 8)
prog:run_to{line = prog:find("v := <-c")}
lesson.expect("two values wait: qcount", word(c, 0), 2)
lesson.expect("sendx moved on", word(c, 40), 2)
lesson.expect("the first value in buf[0]", word(c, 96), 7)
lesson.expect("the second in buf[1]", word(c, 104), 8)
prog:run_to{line = prog:find("close(c)")}
lesson.expect("the receive took buf[0]: qcount", word(c, 0), 1)
lesson.expect("recvx moved on", word(c, 48), 1)
lesson.expect("and cleared its slot", word(c, 96), 0)
prog:run_to{line = prog:find("keep = make(chan *int, 4)")}
lesson.expect("closed", word(c, 28, 4), 1)
before, bytes = lesson.stats().Mallocs, lesson.stats().TotalAlloc
r = prog:run_to{alloc = true}
lesson.expect("a channel of pointers: two rooms", lesson.stats().Mallocs - before, 2)
lesson.expect("96 + 32 bytes", lesson.stats().TotalAlloc - bytes, 128)
lesson.expect("the newest is its buffer", prog:made_by(r.addr), "makechan: the channel's buffer (hchan.buf)")
