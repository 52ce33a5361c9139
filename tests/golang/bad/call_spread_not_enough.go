package main

func g(a, b, c int) {}

func two() (int, int) { return 1, 2 }

func main() {
	g(two())
}
