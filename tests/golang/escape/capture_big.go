package main

type big struct{ vals [20]int }

var fn func() int

//go:noinline
func setup() {
	b := big{}
	b.vals[0] = 1
	fn = func() int {
		return b.vals[0]
	}
	small := 3
	q := &small
	fn2 := func() int {
		return *q + small
	}
	println(fn2())
}

func main() {
	setup()
	println(fn())
}
