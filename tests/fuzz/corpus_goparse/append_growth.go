package main

//go:noinline
func build(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

//go:noinline
func local() int {
	buf := make([]byte, 0, 64)
	buf = append(buf, "abc"...)
	return len(buf)
}

func main() {
	println(len(build(10)), local())
}
