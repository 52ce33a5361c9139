package main

type A struct{ x int }
type C struct{ x int }
type B struct {
	A
	C
}

func main() {
	var b B
	println(b.x)
}
