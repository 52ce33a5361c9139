package main

type Shape interface{ Area() int }

func main() {
	a := Shape.Area
	println(a == nil)
}
