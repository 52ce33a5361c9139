package main

//go:noinline
func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

//go:noinline
func odd(n int, p *int) bool {
	if n == 0 {
		return false
	}
	*p = *p + 1
	return even(n-1, p)
}

func main() {
	c := 0
	println(even(4, &c), c)
}
