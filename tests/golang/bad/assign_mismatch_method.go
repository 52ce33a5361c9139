package main

type T struct{}

func (t T) m() int { return 1 }

func main() {
	var t T
	a, b := t.m()
	println(a, b)
}
