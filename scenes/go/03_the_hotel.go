// Lesson 3: the hotel. make of ask
// bytes gets a room of its size class;
// rooms of one size fill a floor (a
// span) side by side; tiny values with
// no pointers share one 16-byte room;
// over 32 KiB is a suite of pages.
// Real Go prints the same figures
// (tests/lessons/go/03_the_hotel).
package main

import (
	"fmt"
	"runtime"
)

var ask = 33  // bytes (scene: --param ask)
var small = 5 // bytes: a tiny value

var room []byte
var rooms [400][]byte // kept: all in use
var tiny [3][]byte
var suite []byte
var before, after runtime.MemStats

func measure(name string, f func()) uint64 {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name,
		after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name,
		after.TotalAlloc-before.TotalAlloc)
	return after.TotalAlloc - before.TotalAlloc
}

// addr: where p points, read back from %p
func addr(p *byte) uint64 {
	var a uint64
	for _, c := range fmt.Sprintf("%p", p)[2:] {
		d := uint64(c - '0')
		if c >= 'a' {
			d = uint64(c-'a') + 10
		}
		a = a*16 + d
	}
	return a
}

func main() {
	size := measure("ask", func() {
		room = make([]byte, ask)
	})
	for i := range rooms {
		rooms[i] = make([]byte, ask)
	}
	measure("tiny3", func() {
		for i := range tiny {
			tiny[i] = make([]byte, small)
		}
	})
	measure("suite", func() {
		suite = make([]byte, 40000)
	})
	// a floor: rooms side by side, size apart
	// (the first floor is shared: count the 2nd)
	floors, n := 1, 1
	for i := 1; floors < 3; i++ {
		if addr(&rooms[i][0])-addr(&rooms[i-1][0]) == size {
			n++
		} else if floors++; floors == 3 {
			fmt.Printf("floor.rooms %d\n", n)
		} else {
			n = 1
		}
	}
	fmt.Printf("tiny.step %d\n",
		addr(&tiny[1][0])-addr(&tiny[0][0]))
}
