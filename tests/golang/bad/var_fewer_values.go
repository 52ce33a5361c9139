package main

func main() {
	var x, y = 1
	println(x, y)
}
