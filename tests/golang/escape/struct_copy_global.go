package main

type holder struct {
	p *int
	n int
}

var saved holder

//go:noinline
func keep(h holder) {
	saved = h
}

//go:noinline
func count(h holder) int {
	return h.n
}

func main() {
	a, b := 1, 2
	keep(holder{&a, 1})
	println(count(holder{&b, 2}))
}
