// chan_closure_capture.go — goroutines started from closures that capture channels: each go
// statement's closure escapes (it outlives the statement) and holds the channels by value (see
// the .escape file). Its allocations are not printed: how many g's a second round can reuse
// depends on whether the first round's goroutines have exited yet, which in Go depends on the
// P's runnext slot (docs/go-subset.md, Channels)
package main

import "fmt"

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
	work()
	fmt.Println("total", total)
}
