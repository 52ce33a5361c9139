package main

var out string

//go:noinline
func greet(a, b, c string) string {
	local := a + b + c
	println(len(local))
	return a + ", " + b
}

func main() {
	out = greet("x", "y", "z")
	s := "p"
	t := s + s + s
	println(t)
}
