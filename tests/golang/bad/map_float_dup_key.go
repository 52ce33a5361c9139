// Two float32 constant keys that round to the same float32 are one key: Go's duplicate-key error.
package main

func main() {
	m := map[float32]int{0.1: 1, 0.5: 3, 0.10000000001: 2}
	println(len(m))
}
