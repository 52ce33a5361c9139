package main

type A struct{ x int }
type B struct {
	A
}

func (b B) A() int { return 1 }

func main() {
	var b B
	println(b.x)
}
