// defer_close.go — `defer close(c)` in a producer, as students write it: the channel is
// evaluated at the defer statement and closed when the function returns (so a range over
// it ends); outside a loop the defer is open-coded and allocates nothing; in a loop each
// defer takes a heap _defer record and a wrapper holding the channel. Also `defer mu.Unlock()`
// and `defer sb.Reset()` next to it.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

var before, after runtime.MemStats

// measure prints what f allocated on the heap, as runtime.MemStats counts it.
func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

//go:noinline
func fill(c chan int, n int) {
	defer close(c)
	for i := 0; i < n; i++ {
		c <- i * i
	}
}

//go:noinline
func closeAll(cs []chan int) {
	for _, c := range cs {
		defer close(c)
	}
	fmt.Println("closing", len(cs))
}

var mu sync.Mutex
var total int

//go:noinline
func add(v int) {
	mu.Lock()
	defer mu.Unlock()
	total += v
}

//go:noinline
func shout(sb *strings.Builder, s string) string {
	defer sb.Reset()
	sb.WriteString(strings.ToUpper(s))
	sb.WriteString("!")
	return sb.String()
}

func main() {
	c := make(chan int, 5)
	measure("fill", func() { fill(c, 5) })
	for v := range c {
		add(v)
	}
	fmt.Println("total", total)
	cs := []chan int{make(chan int), make(chan int, 1), make(chan int, 2)}
	measure("closeAll", func() { closeAll(cs) })
	for i, c := range cs {
		v, ok := <-c
		fmt.Println(i, v, ok)
	}
	var sb strings.Builder
	measure("shout", func() { fmt.Println(shout(&sb, "hey"), sb.Len()) })
	defer fmt.Println("main done")
	done := make(chan int)
	go func() {
		defer close(done)
		fmt.Println("worker ran")
	}()
	<-done
	_, ok := <-done
	fmt.Println("done closed", !ok)
}
