package main

func main() {
	m := make(map[int]int, 1, 2)
	_ = m
}
