package main

import (
	"fmt"
	"runtime"
	"sync"
)

type resource struct {
	id  int
	buf [64]byte
}

var mu sync.Mutex
var closed int

func open(id int) {
	r := &resource{id: id}
	runtime.SetFinalizer(r, func(x *resource) {
		mu.Lock()
		closed += x.id
		mu.Unlock()
	})
}

func main() {
	for i := 1; i <= 4; i++ {
		open(i)
	}
	for tries := 0; tries < 100; tries++ {
		runtime.GC()
		mu.Lock()
		c := closed
		mu.Unlock()
		if c == 10 {
			break
		}
	}
	fmt.Println("finalizers ran, sum of ids:", closed)
}
