package main

var saved []func() int

//go:noinline
func register(f func() int) {
	saved = append(saved, f)
}

//go:noinline
func run(f func() int) int {
	return f()
}

func main() {
	v := 7
	register(func() int { return v })
	w := 8
	println(run(func() int { return w }))
}
