package main

type A struct{ x int }
type B struct {
	A
	A int
}

func main() {
	var b B
	println(b.A)
}
