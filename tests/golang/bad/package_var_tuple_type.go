package main

func pair() (int, string) { return 1, "x" }

var a, b int = pair()

func main() {
	println(a, b)
}
