package main

import "sort"

// sort.Slice of something that is not a slice: Go panics inside reflectlite.Swapper
// ("reflect: call of Swapper on int Value"); gohotel refuses it at the argument.
func main() {
	n := 3
	println("before")
	sort.Slice(n, func(i, j int) bool { return i < j })
}
