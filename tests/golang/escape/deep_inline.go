package main

type t struct{ v *int }

func a(p *int) *t { return b(p) }
func b(p *int) *t { return c(p) }
func c(p *int) *t { return &t{p} }

var keep *t

func main() {
	x := 1
	r := a(&x)
	println(*r.v)
	y := 2
	keep = a(&y)
}
