package main

func main() {
	c := make(chan int, 1.5)
	println(cap(c))
}
