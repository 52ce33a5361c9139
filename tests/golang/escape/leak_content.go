package main

var last *float64

//go:noinline
func grab(pp **float64) {
	last = *pp
}

func main() {
	f := 1.5
	pf := &f
	grab(&pf)
	println(*last)
}
