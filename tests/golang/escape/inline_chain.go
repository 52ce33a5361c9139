package main

type wrap struct{ p *int }

func mk(p *int) wrap {
	return wrap{p}
}

func get(w wrap) *int {
	return w.p
}

var g *int

func main() {
	a := 1
	x := get(mk(&a))
	b := 2
	g = get(mk(&b))
	println(*x)
}
