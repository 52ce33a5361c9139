package main

var all []*int

//go:noinline
func collect(n int) {
	for i := 0; i < n; i++ {
		v := i
		all = append(all, &v)
	}
}

//go:noinline
func localPtrs() int {
	a, b := 1, 2
	ps := []*int{&a, &b}
	return *ps[0] + *ps[1]
}

func main() {
	collect(3)
	println(localPtrs())
}
