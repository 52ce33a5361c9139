package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[point]int{{1, 2}: 3}
	fmt.Println(len(m))
	fmt.Println(m)
}
