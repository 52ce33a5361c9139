package main

//go:noinline
func each(xs []*int, f func(*int)) {
	for _, x := range xs {
		f(x)
	}
}

//go:noinline
func twice(f func(int) int, v int) int {
	return f(f(v))
}

func main() {
	a := 1
	each([]*int{&a}, func(p *int) { *p++ })
	println(twice(func(x int) int { return x * 2 }, 3))
}
