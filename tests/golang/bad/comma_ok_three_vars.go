package main

func main() {
	var x interface{} = 5
	a, b, c := x.(int)
	println(a, b, c)
}
