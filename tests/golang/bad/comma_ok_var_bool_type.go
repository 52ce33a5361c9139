package main

func main() {
	var x interface{} = 5
	var y, ok = x.(int)
	var z, ok2 int = x.(int)
	println(y, ok, z, ok2)
}
