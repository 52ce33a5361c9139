package main

//go:noinline
func dup(src []*int) []*int {
	dst := make([]*int, len(src))
	copy(dst, src)
	return dst
}

//go:noinline
func dupBytes(src []byte) int {
	dst := make([]byte, 8)
	n := copy(dst, src)
	return n
}

func main() {
	a := 1
	println(len(dup([]*int{&a})), dupBytes([]byte("hi")))
}
