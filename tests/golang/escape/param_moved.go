package main

//go:noinline
func addr(x int) *int {
	return &x
}

//go:noinline
func addrLocal(x int) int {
	p := &x
	return *p
}

func main() {
	println(*addr(1), addrLocal(2))
}
