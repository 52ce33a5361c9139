package main

type I interface{ M() }
type B struct {
	*I
}

func main() {
	var b B
	println(b.I)
}
