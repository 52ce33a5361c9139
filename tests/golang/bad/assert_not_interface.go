package main

func main() {
	x := 5
	y, ok := x.(int)
	println(y, ok)
}
