// chan_buffer_retains.go — values waiting in a channel's buffer are reachable through it: a GC
// frees none of them; a receive clears its slot (typedmemclr), so once they are received and
// dropped the next GC frees them all
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

func gcFrees() uint64 {
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.ReadMemStats(&after)
	return after.Frees - before.Frees
}

var c chan *[1024]byte

func main() {
	runtime.GC() // the runtime's own start-up garbage
	c = make(chan *[1024]byte, 10)
	for i := 0; i < 10; i++ {
		b := new([1024]byte)
		b[0] = byte(i)
		c <- b
	}
	held := gcFrees()
	sum := 0
	for i := 0; i < 10; i++ {
		sum += int((<-c)[0])
	}
	released := gcFrees()
	fmt.Println("held.Frees", held)
	fmt.Println("released.Frees", released)
	fmt.Println("sum", sum)
}
