// chan_gc.go — pointers in flight through channels survive concurrent GC cycles (GOGC=10): in a
// buffer, handed from a parked sender to a receiver, and parked in a select; every value
// arrives intact
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type msg struct {
	id      int
	payload []byte
	next    *msg
}

func producer(out chan<- *msg, n int, done chan<- bool) {
	for i := 0; i < n; i++ {
		m := &msg{id: i, payload: make([]byte, 64)}
		m.payload[0] = byte(i)
		m.next = &msg{id: -i}
		out <- m
	}
	done <- true
}

func main() {
	debug.SetGCPercent(10)
	buffered := make(chan *msg, 32)
	unbuffered := make(chan *msg)
	done := make(chan bool, 2)
	go producer(buffered, 2000, done)
	go producer(unbuffered, 2000, done)
	bad, sum, finished := 0, 0, 0
	var garbage [][]byte
	for finished < 2 || len(buffered) > 0 {
		var m *msg
		select {
		case m = <-buffered:
		case m = <-unbuffered:
		case <-done:
			finished++
			continue
		}
		garbage = append(garbage, make([]byte, 4096))
		if len(garbage) > 64 {
			garbage = nil
		}
		if m.payload[0] != byte(m.id) || m.next.id != -m.id {
			bad++
		}
		sum += m.id
	}
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	fmt.Println("sum", sum)
	fmt.Println("bad", bad)
	fmt.Println("collected", st.NumGC > 5)
}
