package main

func main() {
	c := make(chan int, 1)
	var r <-chan int = c
	r <- 1
}
