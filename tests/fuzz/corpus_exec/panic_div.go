package main

func main() {
	a, b := 10, 0
	println(a / b)
}
