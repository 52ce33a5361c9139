package main

//go:noinline
func makeCounter() *int {
	count := 0
	return &count
}

func main() {
	c := makeCounter()
	*c = *c + 1
	println(*c)
}
