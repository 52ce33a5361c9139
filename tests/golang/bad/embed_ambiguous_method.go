package main

type A struct{}

func (A) M() int { return 1 }

type C struct{}

func (C) M() int { return 2 }

type B struct {
	A
	C
}

func main() {
	var b B
	println(b.M())
}
