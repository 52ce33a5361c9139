package main

import (
	"fmt"
	"runtime"
)

type pair struct {
	a, b int
}

var sink interface{}

//go:noinline
func boxInt(x int) { sink = x }

//go:noinline
func boxString(s string) { sink = s }

//go:noinline
func boxPair(p pair) { sink = p }

//go:noinline
func boxPtr(p *pair) { sink = p }

//go:noinline
func boxSlice(s []int) { sink = s }

func main() {
	var m1, m2 runtime.MemStats
	p := &pair{1, 2}
	for k := 0; k < 8; k++ {
		runtime.ReadMemStats(&m1)
		if k == 0 {
			boxInt(7)
		} else if k == 1 {
			boxInt(256)
		} else if k == 2 {
			boxString("hi")
		} else if k == 3 {
			boxString("")
		} else if k == 4 {
			boxPair(pair{3, 4})
		} else if k == 5 {
			boxPtr(p)
		} else if k == 6 {
			boxSlice(nil)
		} else {
			sink = 1000
		}
		runtime.ReadMemStats(&m2)
		fmt.Println(k, sink, "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	}
	var e interface{} = "text"
	s := e.(string)
	fmt.Println(s, e == "text", e != 3)
}
