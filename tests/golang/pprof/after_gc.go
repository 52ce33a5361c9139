// after_gc.go — ten buffers before runtime.GC(), five after. Go publishes its heap profile
// GC by GC, so a profile written at the end of main (pprof.WriteHeapProfile, real Go
// 1.19.8 with MemProfileRate = 1) holds main.before's 10 x 1024 B and the slices append
// grew keep through (10.73 kB allocated, 10.38 kB in use), and nothing of main.after.
package main

import "runtime"

var keep [][]byte

//go:noinline
func before() {
	for i := 0; i < 10; i++ {
		keep = append(keep, make([]byte, 1000))
	}
}

//go:noinline
func after() {
	for i := 0; i < 5; i++ {
		keep = append(keep, make([]byte, 2000))
	}
}

func main() {
	before()
	runtime.GC()
	after()
}
