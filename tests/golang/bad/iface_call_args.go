package main

type Shape interface {
	Area(k int) int
}

//go:noinline
func mk() Shape { return nil }

func main() {
	s := mk()
	println(s.Area())
}
