package main

func main() {
	c := make(chan int)
	a, b, d := <-c
	_, _, _ = a, b, d
}
