package main

func main() {
	m := map[int]int{}
	v, ok, z := m[1]
	_, _, _ = v, ok, z
}
