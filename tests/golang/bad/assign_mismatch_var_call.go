package main

func f() int { return 1 }

func main() {
	var a, b = f()
	println(a, b)
}
