package main

func main() {
	var s string = 5
	println(s)
}
