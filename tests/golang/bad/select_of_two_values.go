package main

// A selector on a call with two results (the checker said "(no value) used as value");
// Go 1.19.8 says what the .expected file holds (go build).
type P struct{ x int }

func two() (P, int) { return P{}, 2 }

func main() {
	_ = two().x
}
