package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var keep []*int

func hold(ps ...*int) {
	keep = ps
}

func main() {
	println(sum(1, 2, 3))
	v := 5
	hold(&v)
}
