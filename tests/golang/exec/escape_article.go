package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func stackExample() int {
	x := 1
	return x + 1
}

//go:noinline
func movedExample() *int {
	y := 2
	return &y
}

//go:noinline
func createSlice() *[]int {
	s := make([]int, 1000)
	return &s
}

//go:noinline
func localSlice() int {
	s := make([]int, 100)
	s[5] = 7
	return s[5]
}

type node struct {
	val  int
	next *node
}

//go:noinline
func buildList(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{i, head}
	}
	return head
}

func main() {
	var m1, m2 runtime.MemStats
	names := []string{"stack", "moved", "createSlice", "localSlice", "buildList"}
	results := [5]int{}
	for k := 0; k < 5; k++ {
		runtime.ReadMemStats(&m1)
		if k == 0 {
			results[k] = stackExample()
		} else if k == 1 {
			results[k] = *movedExample()
		} else if k == 2 {
			results[k] = len(*createSlice())
		} else if k == 3 {
			results[k] = localSlice()
		} else {
			sum := 0
			for p := buildList(100); p != nil; p = p.next {
				sum += p.val
			}
			results[k] = sum
		}
		runtime.ReadMemStats(&m2)
		fmt.Println(names[k], results[k], "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	}
}
