package main

import "fmt"

type grid [3][4]int

func main() {
	var g grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = i * j
		}
	}
	h := g
	h[1][1] = 100
	a := [6]string{"x", "y", "z"}
	fmt.Println(g, h[1], len(a), a)
}
