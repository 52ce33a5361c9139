package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type blob struct{ data [64]byte }

func main() {
	debug.SetGCPercent(50)
	b := &blob{}
	runtime.SetFinalizer(b, func(x *blob) { println("bye") })
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs, ms.NumGC)
	runtime.KeepAlive(b)
}
