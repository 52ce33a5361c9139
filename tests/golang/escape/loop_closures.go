package main

var fns []func() int

//go:noinline
func make3() {
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
}

//go:noinline
func sumLocal() int {
	t := 0
	for i := 0; i < 3; i++ {
		f := func() int { return i * 2 }
		t += f()
	}
	return t
}

func main() {
	make3()
	println(sumLocal(), len(fns))
}
