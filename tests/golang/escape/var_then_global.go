package main

type t struct{ a [4]int }

var gp *t

//go:noinline
func f() {
	var x t
	x.a[0] = 1
	var y t
	p := &y
	p.a[1] = 2
	gp = &x
}

func main() {
	f()
	println(gp.a[0])
}
