// chan_select_default.go — select with a default never blocks: a send succeeds while the buffer
// has room, a receive while it has values; a nil channel's case never fires
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	sent, full := 0, 0
	for i := 0; i < 5; i++ {
		select {
		case c <- i:
			sent++
		default:
			full++
		}
	}
	fmt.Println("sent", sent)
	fmt.Println("full", full)
	got, empty, sum := 0, 0, 0
	for i := 0; i < 5; i++ {
		select {
		case v := <-c:
			got++
			sum += v
		default:
			empty++
		}
	}
	fmt.Println("got", got)
	fmt.Println("empty", empty)
	fmt.Println("sum", sum)
	var never chan int
	hits := 0
	for i := 0; i < 3; i++ {
		select {
		case <-never:
			hits += 100
		case never <- 1:
			hits += 1000
		default:
			hits++
		}
	}
	fmt.Println("hits", hits)
	done := make(chan struct{})
	close(done)
	select {
	case _, ok := <-done:
		fmt.Println("closed channel is ready, ok =", ok)
	default:
		fmt.Println("default")
	}
}
