package main

type Shape interface {
	Area() int
}

func main() {
	var s Shape
	println(s.Perimeter())
}
