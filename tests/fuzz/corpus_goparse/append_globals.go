package main

var names []string
var ptrs []*int

//go:noinline
func addAll(xs []string) {
	names = append(names, xs...)
}

//go:noinline
func addPtrs(xs []*int) {
	ptrs = append(ptrs, xs...)
}

func main() {
	addAll([]string{"a", "b"})
	v := 1
	addPtrs([]*int{&v})
}
