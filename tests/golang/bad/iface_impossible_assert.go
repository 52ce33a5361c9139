package main

type Shape interface {
	Area() int
}

type Rect struct{ w, h int }

func main() {
	var s Shape
	r, ok := s.(Rect)
	println(r.w, ok)
}
