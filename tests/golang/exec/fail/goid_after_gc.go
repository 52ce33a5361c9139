// goid_after_gc.go — the ids Go prints for goroutines: main is 1, the runtime's forcegc, bgsweep and
// bgscavenge took 2..4, fmt's os init the finalizer goroutine's 5, the first GC one mark worker per P
// (6, at GOMAXPROCS 1), so the program's two goroutines are 7 and 8
package main

import (
	"fmt"
	"runtime"
)

func wait(c chan int) {
	<-c
}

func main() {
	runtime.GOMAXPROCS(1)
	runtime.GC()
	fmt.Println("start")
	c := make(chan int)
	go wait(c)
	go wait(c)
	d := make(chan int)
	d <- 1
}
