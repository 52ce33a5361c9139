// Lesson 3, the hotel: size classes round a request up (ask = 33 B, the scene's default
// --param ask, gets a 48-byte room), the tiny allocator packs small pointer-free strings
// into one 16-byte block, a floor (span) of those rooms holds a fixed number, and objects
// over 32 KiB get a suite of whole pages. Keys are named after what they measure, not
// after ask's value ("ask.Mallocs", "floor.rooms"), as the scene names its figures.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"unsafe"
)

var sinkB []byte
var sinkS string
var part = "abc" // a non-constant operand, so a+b is computed at run time

const ask = 33 // the scene's default request (scenes/03_the_hotel.lua, --param ask)

func measure(name string, f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
	return b.TotalAlloc - a.TotalAlloc
}

func main() {
	runtime.GOMAXPROCS(1)
	room := measure("ask", func() { sinkB = make([]byte, ask) }) // the size class ask was rounded up to
	// three 5-byte strings: one 16-byte tiny block holds them all
	var addrs [3]uintptr
	measure("tiny3", func() {
		for i := 0; i < 3; i++ {
			sinkS = part + "de"
			addrs[i] = (*reflect.StringHeader)(unsafe.Pointer(&sinkS)).Data
		}
	})
	fmt.Printf("tiny.step %d\n", addrs[1]-addrs[0])
	// 400 rooms of that size: count how many sit side by side on one floor
	var rooms [400]uintptr
	for i := range rooms {
		sinkB = make([]byte, ask)
		rooms[i] = uintptr(unsafe.Pointer(&sinkB[0]))
	}
	runs, run := []int{}, 1
	for i := 1; i < len(rooms); i++ {
		if rooms[i]-rooms[i-1] == uintptr(room) {
			run++
		} else {
			runs = append(runs, run)
			run = 1
		}
	}
	// the first floor may be shared with the runtime's own objects; the second is all ours
	fmt.Printf("floor.rooms %d\n", runs[1])
	measure("suite", func() { sinkB = make([]byte, 40000) })
}
