package main

type vec struct{ a, b, c int }

//go:noinline
func length(v *vec) int {
	return v.a*v.a + v.b*v.b + v.c*v.c
}

func main() {
	v := &vec{1, 2, 3}
	w := new(vec)
	w.b = 4
	println(length(v), length(w))
}
