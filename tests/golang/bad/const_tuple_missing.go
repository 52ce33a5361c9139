package main

func two() (int, int) { return 1, 2 }

const a, b = two()

func main() {
	println(a, b)
}
