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

var ask = 33  // bytes to ask for
var small = 5 // a tiny size

var room []byte

// kept, so all stay in use:
var rooms [400][]byte
var tiny [3][]byte
var suite []byte
var m0, m1 runtime.MemStats
var got uint64 // measure's f bytes

// measure prints f's MemStats deltas.
func measure(k string, f func()) {
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	fmt.Printf("%s.Mallocs %d\n", k,
		m1.Mallocs-m0.Mallocs)
	got = m1.TotalAlloc - m0.TotalAlloc
	fmt.Printf("%s.TotalAlloc %d\n",
		k, got)
}

// addr: where p points, read back
// from %p ("0xc000012345").
func addr(p *byte) uint64 {
	var a uint64
	s := fmt.Sprintf("%p", p)
	for _, c := range s[2:] {
		d := uint64(c - '0')
		if c >= 'a' {
			d = uint64(c-'a') + 10
		}
		a = a*16 + d
	}
	return a
}

// floorRooms counts the rooms side
// by side, size apart, on the second
// floor rooms fill (the first one is
// shared with earlier rooms). A gap
// ends a floor: rooms that fill their
// pages exactly show none.
func floorRooms(size uint64) int {
	floor, n := 1, 1
	for i := 1; i < len(rooms); i++ {
		a := addr(&rooms[i][0])
		b := addr(&rooms[i-1][0])
		if a-b == size {
			n++
		} else if floor++; floor == 3 {
			return n
		} else {
			n = 1
		}
	}
	return n
}

func main() {
	measure("ask", func() {
		room = make([]byte, ask)
	})
	size := got // ask's room
	for i := range rooms {
		rooms[i] = make([]byte, ask)
	}
	measure("tiny3", func() {
		for i := range tiny {
			t := make([]byte, small)
			tiny[i] = t
		}
	})
	measure("suite", func() {
		suite = make([]byte, 40000)
	})
	fmt.Printf("floor.rooms %d\n",
		floorRooms(size))
	fmt.Printf("tiny.step %d\n",
		addr(&tiny[1][0])-addr(&tiny[0][0]))
}
