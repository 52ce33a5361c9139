package main

import "fmt"

//go:noinline
func grow(n int, acc []int) []int {
	var local [64]int
	local[0] = n
	if n == 0 {
		return acc
	}
	return grow(n-1, append(acc, local[0]))
}

func main() {
	done := make([]bool, 4)
	for g := 0; g < 4; g++ {
		go func(k int) {
			r := grow(200+k, nil)
			done[k] = len(r) > 0
		}(g)
	}
	r := grow(300, nil)
	for !done[0] || !done[1] || !done[2] || !done[3] {
	}
	fmt.Println(len(r), r[0])
}
