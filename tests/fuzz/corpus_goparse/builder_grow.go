package main

import "strings"

//go:noinline
func repeat(n int) string {
	var sb strings.Builder
	sb.Grow(n)
	for i := 0; i < n; i++ {
		sb.WriteRune('z')
	}
	return sb.String()
}

func main() {
	println(repeat(3))
}
