package main

func pair() (int, string) { return 1, "x" }

var a, b interface{} = pair()

func main() {
	println(a, b)
}
