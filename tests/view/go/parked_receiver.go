package main

import "fmt"

func send(c chan int) {
	n := 0
	for i := 0; i < 10; i++ {
		n += i
	}
	c <- n
	fmt.Println("sent", n)
}

func main() {
	c := make(chan int)
	go send(c)
	v := <-c
	fmt.Println("received", v)
}
