package main

type shape struct{ w, h int }

var anything interface{}

//go:noinline
func area(v interface{}) int {
	s := v.(shape)
	return s.w * s.h
}

//go:noinline
func ptrArea(v interface{}) *shape {
	return v.(*shape)
}

func main() {
	println(area(shape{2, 3}))
	sh := &shape{1, 1}
	anything = ptrArea(sh)
}
