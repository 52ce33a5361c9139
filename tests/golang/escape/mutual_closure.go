package main

var fn func(int) int

//go:noinline
func ping(n int, p *int) int {
	if n <= 0 {
		return *p
	}
	f := func(m int) int { return pong(m, p) }
	return f(n - 1)
}

//go:noinline
func pong(n int, p *int) int {
	*p = *p + n
	return ping(n-1, p)
}

func main() {
	v := 0
	println(ping(3, &v))
}
