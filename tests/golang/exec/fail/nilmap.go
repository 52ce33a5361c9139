package main

import "fmt"

// nilmap.go — reading a nil map gives zero values, deleting from it does nothing,
// assigning to it panics.
func main() {
	var m map[string]int
	v, ok := m["a"]
	delete(m, "a")
	fmt.Println(v, ok, len(m))
	m["a"] = 1
}
