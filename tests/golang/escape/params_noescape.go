package main

type grid struct{ cells []int }

//go:noinline
func total(g *grid, extra []int, name string) int {
	t := len(name)
	for _, c := range g.cells {
		t += c
	}
	for _, e := range extra {
		t += e
	}
	return t
}

func main() {
	g := &grid{cells: make([]int, 3)}
	println(total(g, []int{1}, "x"))
}
