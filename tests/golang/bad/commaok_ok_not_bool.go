package main

func main() {
	m := map[string]int{"a": 1}
	var v int
	var ok int
	v, ok = m["a"]
	println(v, ok)
}
