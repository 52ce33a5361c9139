package main

type P struct{ x int }

func (p P) Sum() int { return p.x }

func main() {
	h := (*P).Sum
	println(h(&P{1}))
}
