package main

//go:noinline
func g(k int) (int, error) { return k * 1000, nil }

func main() {
	var n interface{}
	var err error
	n, err = g(3)
	println(n != nil, err == nil)
}
