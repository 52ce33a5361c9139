package main

func main() {
	c := make(chan int)
	for i, v := range c {
		println(i, v)
	}
}
