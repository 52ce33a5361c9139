package main

func main() {
	var x interface{} = 5
	var n int = x
	println(n)
}
