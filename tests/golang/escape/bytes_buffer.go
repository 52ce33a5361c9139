package main

import "bytes"

//go:noinline
func render(n int) string {
	var b bytes.Buffer
	b.Grow(64)
	for i := 0; i < n; i++ {
		b.WriteString("ab")
		b.WriteByte('.')
	}
	return b.String()
}

func main() {
	println(render(2))
}
