package main

type point struct{ x, y int }

func newPoint(x, y int) *point {
	return &point{x, y}
}

func (p *point) sum() int {
	return p.x + p.y
}

func main() {
	p := newPoint(1, 2)
	println(p.sum())
}
