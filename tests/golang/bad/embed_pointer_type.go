package main

type P *int
type B struct {
	P
}

func main() {
	var b B
	println(b.P)
}
