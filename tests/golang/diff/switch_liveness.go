// switch_liveness.go — a collection inside a switch clause: a slice only the tag read is dead
// there (freed), as it is in a clause that does not read it while another clause does; one the
// code after the switch reads is live (kept)
package main

import (
	"fmt"
	"runtime"
)

var ms runtime.MemStats

// held tells whether at least 1 MiB survived a collection.
func held() string {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	if ms.HeapAlloc >= 1<<20 {
		return "kept"
	}
	return "freed"
}

//go:noinline
func tagOnly() string {
	b := make([]byte, 1<<20)
	switch len(b) {
	case 0:
		return "empty"
	default:
		return held()
	}
}

//go:noinline
func laterClause(n int) string {
	b := make([]byte, 1<<20)
	switch n {
	case 1:
		return held()
	case 2:
		return fmt.Sprint(len(b))
	}
	return ""
}

//go:noinline
func afterSwitch(n int) string {
	b := make([]byte, 1<<20)
	r := ""
	switch {
	case n > 0:
		r = held()
	}
	b[0] = 1
	return r
}

func main() {
	fmt.Println("tag only:", tagOnly())
	fmt.Println("later clause:", laterClause(1))
	fmt.Println("after switch:", afterSwitch(1))
	runtime.ReadMemStats(&ms)
	fmt.Println("NumGC", ms.NumGC)
}
