package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = make([]byte, 1024)
	}
}

func main() {
	var m1, m2 runtime.MemStats
	old := debug.SetGCPercent(-1)
	runtime.ReadMemStats(&m1)
	churn(4000)
	runtime.ReadMemStats(&m2)
	fmt.Println("GOGC was", old, "GC off: cycles", m2.NumGC-m1.NumGC, "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	debug.SetGCPercent(100)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	churn(20000)
	runtime.ReadMemStats(&m2)
	fmt.Println("GC on: at least 20000 mallocs", m2.Mallocs-m1.Mallocs >= 20000, "some cycles:", m2.NumGC-m1.NumGC > 0)
}
