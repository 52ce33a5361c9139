package main

type Shape interface {
	Area() int
}

type Rect struct{ w, h int }

func (r Rect) Area() string { return "big" }

func main() {
	var s Shape
	r := Rect{2, 3}
	s = r
	println(s.Area())
}
