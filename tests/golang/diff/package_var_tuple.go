// package_var_tuple.go — package variables given the values of one call or comma-ok form
// (var a, b = f()), initialised in Go's order: each assignment after what it refers to
package main

import "fmt"

var total = first + len(name) // refers to both names of the declaration below: runs after it

var first, name = pair("init")

var m = map[string]int{"seats": 40}
var seats, found = m["seats"]
var missing, there = m["stage"]

var x interface{} = "hall"
var s, isString = x.(string)
var n, isInt = x.(int)

var buf, size = room(64)

type seat struct{ row, col int }

// inlined into the package's init: its allocations are init's too (escape lines at its call below)
func reserve() (*seat, []int) { return &seat{1, 2}, make([]int, 3) }

var best, queue = reserve()

func pair(tag string) (int, string) {
	fmt.Println("pair", tag)
	return 7, tag + "ed"
}

//go:noinline
func room(k int) ([]byte, int) {
	fmt.Println("room", k)
	return make([]byte, k), k
}

func main() {
	fmt.Println(total, first, name)
	fmt.Println(seats, found, missing, there)
	fmt.Println(s, isString, n, isInt)
	fmt.Println(len(buf), cap(buf), size)
	fmt.Println(best.row, best.col, len(queue))
}
