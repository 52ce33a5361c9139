package main

type Shape interface{ Area() int }
type R struct{}

//go:noinline
func mk() Shape { return nil }

func main() {
	s := mk()
	switch s.(type) {
	case R:
		println("r")
	}
}
