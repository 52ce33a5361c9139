package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type tree struct {
	l, r *tree
	v    [4]int
}

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{l: build(d - 1), r: build(d - 1)}
}

func main() {
	debug.SetGCPercent(10)
	var keep *tree
	for i := 0; i < 20; i++ {
		t := build(6)
		if i%5 == 0 {
			keep = t
		}
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(keep != nil, m.NumGC > 0)
	runtime.KeepAlive(keep)
	debug.FreeOSMemory()
}
