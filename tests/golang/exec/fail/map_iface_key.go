package main

func main() {
	m := map[interface{}]int{}
	m[1] = 2
	println(len(m))
}
