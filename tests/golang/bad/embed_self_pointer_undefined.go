package main

type T struct {
	*T
	n int
}

func main() {
	var t T
	println(t.n, t.m)
}
