package main

import (
	"fmt"
	"runtime"
)

var sinkB []byte
var sinkS string

//go:noinline
func toBytes(s string) int {
	b := []byte(s)
	return len(b)
}

//go:noinline
func toBytesEscaping(s string) {
	sinkB = []byte(s)
}

//go:noinline
func toString(b []byte) {
	sinkS = string(b)
}

func main() {
	var m1, m2 runtime.MemStats
	long := "this string is longer than thirty-two bytes"
	for k := 0; k < 6; k++ {
		runtime.ReadMemStats(&m1)
		if k == 0 {
			toBytes("short")
		} else if k == 1 {
			toBytes(long)
		} else if k == 2 {
			toBytesEscaping("hello")
		} else if k == 3 {
			toBytesEscaping(long)
		} else if k == 4 {
			toString(sinkB[:1])
		} else {
			toString(sinkB)
		}
		runtime.ReadMemStats(&m2)
		fmt.Println(k, len(sinkB), cap(sinkB), len(sinkS), "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	}
}
