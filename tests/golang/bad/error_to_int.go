package main

func main() {
	var e error
	var n int = e
	println(n)
}
