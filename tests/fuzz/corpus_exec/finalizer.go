package main

import (
	"fmt"
	"runtime"
)

type res struct{ id int }

func main() {
	for i := 0; i < 3; i++ {
		r := &res{i}
		runtime.SetFinalizer(r, func(r *res) { fmt.Println("finalized", r.id) })
	}
	runtime.GC()
	runtime.GC()
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0))
}
