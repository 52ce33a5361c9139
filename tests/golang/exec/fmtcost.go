package main

import (
	"fmt"
	"runtime"
)

var sinkI interface{}
var sinkS string

func main() {
	var m1, m2 runtime.MemStats
	x := 1000
	sinkS = fmt.Sprintf("%d", x) // warm up fmt's printer pool
	for k := 0; k < 4; k++ {
		runtime.ReadMemStats(&m1)
		if k == 0 {
			sinkI = fmt.Sprintf("%d", x)
		} else if k == 1 {
			sinkS = fmt.Sprint("a", 1, 2, "b")
		} else if k == 2 {
			sinkS = fmt.Sprintln(x, "items")
		} else {
			sinkS = fmt.Sprintf("%5d|%-4s|%x|%q", 42, "go", 255, "hi")
		}
		runtime.ReadMemStats(&m2)
		fmt.Println(k, "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	}
	fmt.Print(sinkI, "\n", sinkS, "\n")
	fmt.Print(1, 2, "x", 3, "\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), len(fmt.Sprintln(x, "items")))
}
