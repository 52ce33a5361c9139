package main

func main() {
	type point struct{ x, y int }
	p := point{1, 2}
	println(p.x)
}
