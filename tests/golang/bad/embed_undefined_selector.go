package main

type A struct{ x int }
type B struct {
	A
}

func main() {
	var b B
	println(b.y)
}
