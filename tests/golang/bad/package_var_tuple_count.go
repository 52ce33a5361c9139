package main

func three() (int, int, int) { return 1, 2, 3 }

var a, b = three()

func main() {
	println(a, b)
}
