package main

func f(a int) int {
	if a > 0 {
		return 1
	}
}

func main() {
	println(f(1))
}
