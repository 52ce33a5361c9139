package main

func two() (int, int) { return 1, 2 }

func main() {
	var x int = two()
	_ = x
}
