package main

type reg struct{ items []*int }

var global reg

//go:noinline
func (r *reg) add(p *int) {
	r.items = append(r.items, p)
}

//go:noinline
func (r reg) count() int {
	return len(r.items)
}

func main() {
	x := 1
	var local reg
	local.add(&x)
	pr := &local
	println(pr.count())
	y := 2
	global.add(&y)
}
