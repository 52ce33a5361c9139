package main

type R interface{ Read() int }
type RW interface {
	Read() string
	R
}

func main() {
	var x RW
	println(x == nil)
}
