package main

type cell struct{ v int }

func mkcell(v int) *cell {
	return &cell{v}
}

var last *cell

//go:noinline
func run(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		c := mkcell(i)
		t += c.v
	}
	last = mkcell(n)
	return t
}

func main() {
	println(run(3))
}
