// Lesson 4: the janitor (the GC).
// A chain of Nodes is cut and one
// cycle frees the rooms cut off; a
// pointer moved during marking
// survives; then 64 MiB of 1 KiB
// garbage over a 4 MiB live set,
// with GOGC 50, 100 and 200: the
// cycles and the heap's peak.
// Real Go prints the same figures
// (tests/lessons/go/04_the_janitor).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// A Node, 496 bytes, gets a 512-byte room.
type Node struct {
	next *Node
	val  int
	data [60]int
}

var b, a *Node
var live [][]byte
var sink []byte
var st, m runtime.MemStats

func chain() {
	a = &Node{}
	a.next = &Node{}
	a.next.next = &Node{}
	a.next.next.next = &Node{}
}

func cut() {
	a.next.next = nil // 3, 4: unreachable
	runtime.ReadMemStats(&st)
	frees := st.Frees
	runtime.GC()
	runtime.ReadMemStats(&st)
	fmt.Println("cut.Frees", st.Frees-frees)
}

// The global b points to x.
func pair() {
	x := &Node{val: 42}
	b = &Node{next: x}
}

func move() {
	pair()
	a.next.next = b.next    // 2 -> x
	b.next = nil
	runtime.GC()
	val := a.next.next.val
	fmt.Println("moved.Val", val)
}

// What a run measures: HeapAlloc after
// runtime.GC (the live data), NextGC
// (the goal) and HeapAlloc's peak.
var base, goal, peak uint64
var cycles uint32

func run(gogc int) {
	debug.SetGCPercent(gogc)
	live = make([][]byte, 0, 4*128)
	for len(live) < 4*128 {
		live = append(live, make([]byte, 8192))
	}
	runtime.GC()
	runtime.ReadMemStats(&st)
	base, goal = st.HeapAlloc, st.NextGC
	peak = 0
	for i := 1; i <= 64*1024; i++ {
		sink = make([]byte, 1024)
		if i%64 == 0 {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak {
				peak = m.HeapAlloc
			}
		}
	}
	cycles = m.NumGC - st.NumGC
	fmt.Printf("gogc%d.NumGC %d\n", gogc, cycles)
	fmt.Printf("gogc%d.PeakGarbageKiB %d\n",
		gogc, (peak-base)>>10)
	fmt.Printf("gogc%d.PeakOverGoalPct %d\n",
		gogc, 100*(peak-base)/(goal-base))
	live, sink = nil, nil
	runtime.GC()
}

func main() {
	runtime.GC() // the runtime's own garbage
	chain()
	cut()
	move()
	for _, g := range []int{50, 100, 200} {
		run(g)
	}
}
