// chan_range_close.go — range over a buffered channel drains what was sent before close; after
// that every receive gives the zero value and ok = false at once
package main

import "fmt"

func main() {
	c := make(chan string, 5)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		c <- w
	}
	close(c)
	fmt.Println("len", len(c))
	fmt.Println("cap", cap(c))
	for w := range c {
		fmt.Println("got", w)
	}
	v, ok := <-c
	fmt.Printf("after close: %q %v\n", v, ok)
	fmt.Println("len", len(c))
	n := make(chan int, 3)
	n <- 1
	n <- 2
	close(n)
	a, ok1 := <-n
	b, ok2 := <-n
	z, ok3 := <-n
	fmt.Println(a, ok1, b, ok2, z, ok3)
}
