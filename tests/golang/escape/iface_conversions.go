package main

type pair struct{ a, b int }

var sink interface{}

//go:noinline
func box(v interface{}) interface{} {
	return v
}

func main() {
	n := 300
	p := pair{1, 2}
	sink = n
	sink = &p
	var e interface{} = p
	_ = e
	r := box(n)
	_ = r
	s := "text"
	t := box(s)
	println(t != nil)
}
