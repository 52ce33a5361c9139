package main

import "strings"

//go:noinline
func writeTo(sb *strings.Builder, s string) {
	sb.WriteString(s)
}

//go:noinline
func build() string {
	var sb strings.Builder
	writeTo(&sb, "a")
	writeTo(&sb, "b")
	return sb.String()
}

func main() {
	println(build())
}
