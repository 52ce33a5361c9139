// chans_types.go — named channel types, conversions to one-way channels, chan (<-chan int)
package main

import "fmt"

type Pipe chan int

func drain(p Pipe) int {
	s := 0
	for v := range p {
		s += v
	}
	return s
}

func main() {
	c := make(chan int, 3)
	r := (<-chan int)(c)
	var s chan<- int = c
	s <- 1
	s <- 2
	fmt.Println(<-r, len(r), cap(s))
	p := make(Pipe, 2)
	p <- 10
	p <- 20
	close(p)
	fmt.Println(drain(p))
	var q chan (<-chan int)
	fmt.Println(q == nil)
	var w chan<- chan int
	fmt.Println(w == nil)
}
