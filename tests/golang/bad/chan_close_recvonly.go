package main

func main() {
	c := make(chan int)
	var r <-chan int = c
	close(r)
}
