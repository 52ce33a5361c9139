package main

func pair() (int, int) { return b, 2 }

var a, b = pair()

func main() {
	println(a, b)
}
