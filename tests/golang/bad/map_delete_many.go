package main

func main() {
	m := map[int]int{}
	delete(m, 1, 2)
}
