package main

var hook func() int

//go:noinline
func install() {
	x := 10
	hook = func() int {
		return x
	}
}

//go:noinline
func installRef() {
	y := 10
	hook = func() int {
		y++
		return y
	}
}

func main() {
	install()
	installRef()
	println(hook())
}
