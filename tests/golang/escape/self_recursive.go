package main

//go:noinline
func depth(p *int, n int) int {
	if n == 0 {
		return *p
	}
	return depth(p, n-1) + 1
}

func walk(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return walk(p, n-1)
}

func main() {
	v := 3
	println(depth(&v, 2))
	w := 4
	println(*walk(&w, 2))
}
