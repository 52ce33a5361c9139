package main

type A struct{}
type RW interface {
	A
}

func main() {
	var x RW
	println(x == nil)
}
