package main

func main() {
	m := map[int]int{}
	q := &m[1]
	_ = q
}
