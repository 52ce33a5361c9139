package main

func main() {
	m := map[int]int{}
	delete(m)
}
