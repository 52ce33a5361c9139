// chan_select_loop.go — a select over two buffered channels takes values from whichever is ready
// (in a pseudo-random order); all of them arrive, whatever the order
package main

import "fmt"

func main() {
	a := make(chan int, 50)
	b := make(chan int, 50)
	for i := 0; i < 50; i++ {
		a <- i
		b <- 1000 + i
	}
	close(a)
	close(b)
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("n", n)
	fmt.Println("sum", sum)
}
