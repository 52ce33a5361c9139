// chans_more.go — channels in package initializers, nested receives (<-<-cc), a send of a received
// value in a select, chan struct{}, arrays and maps of channels, a channel in an interface
package main

import "fmt"

var c = make(chan int, 2)
var cc = make(chan chan int, 1)

func init2() int { c <- 5; return 1 }

var x = init2()
var y = <-c

func main() {
	d := make(chan int, 1)
	cc <- d
	d <- 9
	fmt.Println(x, y, <-<-cc)
	e := make(chan int, 1)
	f := make(chan int, 1)
	f <- 3
	select {
	case e <- <-f:
		fmt.Println("sent", <-e)
	}
	var s struct{}
	z := make(chan struct{}, 2)
	z <- s
	z <- struct{}{}
	fmt.Println(len(z))
	<-z
	_, ok := <-z
	fmt.Println(ok)
	var arr [3]chan int
	for i := range arr {
		arr[i] = make(chan int, 1)
		arr[i] <- i
	}
	t := 0
	for _, ch := range arr {
		t += <-ch
	}
	fmt.Println(t)
	m := map[string]chan int{"a": make(chan int, 1)}
	m["a"] <- 4
	fmt.Println(<-m["a"])
	var ifc interface{} = c
	if ch, ok := ifc.(chan int); ok {
		fmt.Println(cap(ch))
	}
	fn := func(c <-chan int) int { return len(c) }
	fmt.Println(fn(c))
}
