package main

type P struct{ x int }

func (p P) Sum() int { return p.x }

func main() {
	var q *P = &P{}
	println(P.Sum(q))
}
