package main

var keep func() func() int

//go:noinline
func layers() {
	a := 1
	keep = func() func() int {
		b := 2
		return func() int {
			a++
			return a + b
		}
	}
}

func main() {
	layers()
	println(keep()())
}
