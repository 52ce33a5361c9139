package main

//go:noinline
func fill(p *int, n int) {
	if n == 0 {
		return
	}
	v := *p + 1
	fill(&v, n-1)
	*p = v
}

func main() {
	x := 0
	fill(&x, 3)
	println(x)
}
