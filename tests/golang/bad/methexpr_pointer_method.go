package main

type P struct{ x int }

func (p *P) Scale(k int) { p.x *= k }

func main() {
	f := P.Scale
	println(f == nil)
}
