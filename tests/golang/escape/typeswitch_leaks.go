// typeswitch_leaks.go — what a type switch's v takes from x: a slice, a string or a struct is
// read out of x's box (x's content leaks), a pointer or an interface is x itself (x leaks);
// a v captured by a closure or whose address escapes is moved to heap
package main

type T struct{ p *int }

var sink interface{}
var sinkS []int
var sinkF func() int

//go:noinline
func slice(x interface{}) []int {
	switch v := x.(type) {
	case []int:
		return v
	}
	return nil
}

//go:noinline
func ptr(x interface{}) *int {
	switch v := x.(type) {
	case *int:
		return v
	}
	return nil
}

//go:noinline
func iface(x interface{}) error {
	switch v := x.(type) {
	case error:
		return v
	}
	return nil
}

//go:noinline
func both(x interface{}) {
	switch v := x.(type) {
	case []int, string:
		sink = v
	case T:
		sinkS = make([]int, *v.p)
	}
}

//go:noinline
func capture(x interface{}) {
	switch v := x.(type) {
	case int:
		sinkF = func() int { v++; return v }
	case T:
		sink = &v
	}
}

//go:noinline
func unused(x interface{}) int {
	switch x.(type) {
	case nil:
		return 0
	case int, string:
		return 1
	}
	return 2
}

func main() {
	n := 3
	_ = slice([]int{1})
	_ = ptr(&n)
	_ = iface(nil)
	both(T{&n})
	capture(4)
	_ = unused("s")
}
