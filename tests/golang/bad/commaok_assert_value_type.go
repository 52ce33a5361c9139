package main

func main() {
	var x interface{} = 1
	var v string
	var ok bool
	v, ok = x.(int)
	println(v, ok)
}
