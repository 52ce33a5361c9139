package main

type box struct{ p *int }

//go:noinline
func first(b *box) *int {
	return b.p
}

//go:noinline
func firstOf(bs []*int) *int {
	return bs[0]
}

//go:noinline
func pass(p *int) (*int, *int) {
	return p, nil
}

func main() {
	v := 1
	b := box{&v}
	w := 2
	bs := []*int{&w}
	u := 3
	x, _ := pass(&u)
	println(*first(&b), *firstOf(bs), *x)
}
