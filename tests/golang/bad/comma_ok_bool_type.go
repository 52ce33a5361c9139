package main

func main() {
	var x interface{} = 5
	var n int
	var ok int
	n, ok = x.(int)
	println(n, ok)
}
