// chan_closure_capture.go — goroutines started from closures that capture channels: each go
// statement's closure escapes (it outlives the statement) and holds the channels by value (see
// the .escape file). The second round is measured: whether it can reuse all of the first round's
// g's depends on whether their goroutines have exited yet (Go varies)
package main

import (
	"fmt"
	"runtime"
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

func main() {
	total := 0
	work := func() {
		out := make(chan int)
		done := make(chan bool)
		for w := 0; w < 3; w++ {
			w := w
			go func() {
				for i := 0; i < 10; i++ {
					out <- w*100 + i
				}
				done <- true
			}()
		}
		for i := 0; i < 30; i++ {
			total += <-out
		}
		for i := 0; i < 3; i++ {
			<-done
		}
	}
	work()
	measure("warm", work)
	fmt.Println("total", total)
}
