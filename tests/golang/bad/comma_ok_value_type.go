package main

func main() {
	var x interface{} = 5
	var s string
	var ok bool
	s, ok = x.(int)
	println(s, ok)
}
