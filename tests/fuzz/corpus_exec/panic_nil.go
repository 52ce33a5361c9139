package main

type t struct{ x int }

func main() {
	var p *t
	p.x = 1
}
