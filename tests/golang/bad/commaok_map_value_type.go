package main



func main() {
	m := map[string]int{"a": 1}
	var s string
	var ok bool
	s, ok = m["a"]
	println(s, ok)
}
