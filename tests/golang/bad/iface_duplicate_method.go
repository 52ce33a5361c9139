package main

type Shape interface {
	Area() int
	Area() int
}

func main() {}
