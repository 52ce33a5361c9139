package main

//go:noinline
func compute() int {
	u := 0
	p := func() *int {
		u++
		u++
		u++
		println(u, u, u, u)
		println(u, u, u, u)
		println(u, u, u, u)
		println(u, u, u, u)
		return &u
	}()
	return *p
}

func main() {
	println(compute())
}
