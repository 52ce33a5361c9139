package main

func main() {
	c := make(chan int, 1)
	var s chan<- int = c
	s <- 1
	println(<-s)
}
