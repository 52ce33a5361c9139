package main

type Shape interface {
	Zed() int
	Area() int
}
type R struct{}

func main() {
	var s Shape = R{}
	_ = s
}
