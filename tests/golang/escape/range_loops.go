package main

var sink *int

//go:noinline
func scan(xs []int) int {
	total := 0
	for _, v := range xs {
		total += v
	}
	for i := range xs {
		if xs[i] > 1 {
			sink = &xs[i]
		}
	}
	return total
}

//go:noinline
func arr() int {
	a := [3]int{1, 2, 3}
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	println(scan([]int{1, 2, 3}), arr())
}
