package main

func pair(a int) (p *int, n int) {
	p = &a
	n = a * 2
	return
}

var sink *int

func main() {
	p, n := pair(3)
	println(*p, n)
	q, _ := pair(4)
	sink = q
}
