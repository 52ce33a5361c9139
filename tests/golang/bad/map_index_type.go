package main

func main() {
	m := map[int]int{}
	m["a"] = 1
}
