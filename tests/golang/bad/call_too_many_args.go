package main

func f(a int) {}

func g(a, b, c int) {}

func two() (int, int) { return 1, 2 }

func main() {
	f(1, 2)
}
