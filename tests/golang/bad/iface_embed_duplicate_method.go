package main

type R interface{ Read() int }
type W interface{ Read() string }
type RW interface {
	R
	W
}

func main() {
	var x RW
	println(x == nil)
}
