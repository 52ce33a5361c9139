package main

type R struct{}

func (r R) Area(k int) int { return k }

func main() {
	var r R
	println(r.Area())
}
