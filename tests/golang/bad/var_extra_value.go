package main

var p = 1, 2

func main() {
	var a, b = 1, 2, 3
	println(a, b, p)
}
