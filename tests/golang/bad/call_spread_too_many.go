package main

func two() (int, int) { return 1, 2 }

func f(a int) {}

func main() {
	f(two())
}
