// goto_loopdepth.go — a label that a later goto jumps back to starts a loop for the escape
// analysis (its statements are one loop level deeper), a label only jumped to forward or named
// by break/continue does not: &x kept in a variable declared before a looping label moves x to
// the heap, the same code after a forward goto's label does not
package main

//go:noinline
func back(n int) int {
	var keep *int
	i := 0
again:
	x := i
	keep = &x
	i++
	if i < n {
		goto again
	}
	return *keep
}

//go:noinline
func forward(n int) int {
	var keep *int
	if n > 2 {
		goto skip
	}
	n++
skip:
	y := n
	keep = &y
	return *keep
}

//go:noinline
func labelled(n int) int {
	var keep *int
outer:
	for i := 0; i < n; i++ {
		z := i
		keep = &z
		for {
			break outer
		}
	}
	return *keep
}

//go:noinline
func nested(n int) []int {
	var out []int
	i := 0
next:
	if i < n {
		s := make([]int, 2)
		out = s
		i++
		goto next
	}
	return out
}

func main() {
	println(back(3), forward(1), labelled(2), len(nested(2)))
}
