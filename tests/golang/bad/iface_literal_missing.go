package main

type R struct{ n int }

func main() {
	r := R{1}
	var x interface{ Area() int } = r
	_ = x
}
