// 13_new_vs_value.go — new(Pair) kept by the caller costs a room; a local Pair does not.
package main

type Pair struct{ A, B int }

var keep *Pair

//go:noinline
func mk() *Pair {
	return new(Pair)
}

//go:noinline
func local() int {
	var p Pair
	p.A = 1
	return p.A
}

func main() {
	for i := 0; i < 10; i++ {
		local()
	}
	for i := 0; i < 10; i++ {
		keep = mk()
	}
}
