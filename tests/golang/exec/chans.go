// chans.go — channels in the programs students write: directional parameters, a pipeline of
// goroutines, a labelled break out of a select loop, a channel of channels, nil channels,
// comparisons, len/cap, v, ok after close, and a quit channel
package main

import "fmt"

type job struct {
	id   int
	name string
}

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func fill(c chan<- job, names []string) {
	for i, n := range names {
		c <- job{i, n}
	}
	close(c)
}

func main() {
	sum := 0
	for v := range square(gen(10)) {
		sum += v
	}
	fmt.Println("pipeline", sum)

	jobs := make(chan job, 4)
	go fill(jobs, []string{"wash", "dry", "fold"})
	for j := range jobs {
		fmt.Println("job", j.id, j.name)
	}

	var nilc chan int
	fmt.Println("nil len cap", len(nilc), cap(nilc), nilc == nil)
	a := make(chan int, 2)
	b := a
	fmt.Println("same channel", a == b, a != nil)

	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			data <- i * 10
		}
		quit <- true
	}()
	got := 0
loop:
	for {
		select {
		case v := <-data:
			got += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("got before quit", got)

	reqs := make(chan chan string, 1)
	go func() {
		reply := <-reqs
		reply <- "pong"
	}()
	r := make(chan string)
	reqs <- r
	fmt.Println("reply", <-r)

	c := make(chan int, 3)
	c <- 7
	c <- 8
	fmt.Println("len cap", len(c), cap(c))
	close(c)
	x, ok := <-c
	fmt.Println(x, ok)
	x, ok = <-c
	fmt.Println(x, ok)
	x, ok = <-c
	fmt.Println(x, ok)

	sent := 0
	for i := 0; i < 4; i++ {
		select {
		case nilc <- i:
			sent += 100
		case a <- i:
			sent++
		default:
			sent += 10
		}
	}
	fmt.Println("sent", sent, len(a))
	var total int
	for len(a) > 0 {
		total += <-a
	}
	fmt.Println("total", total)
}
