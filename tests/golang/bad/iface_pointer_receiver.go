package main

type Shape interface {
	Area() int
}

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func main() {
	r := Rect{2, 3}
	var s Shape = r
	println(s.Area())
}
