package main

type p struct{ x int }

func main() {
	m := map[int]p{}
	m[1].x = 2
}
