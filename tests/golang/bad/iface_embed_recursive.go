package main

type RW interface {
	RW
}

func main() {
	var x RW
	println(x == nil)
}
