package main

func main() {
	c := make(chan int)
	x := 0
	select {
	case x = 1:
	}
	_ = c
	_ = x
}
