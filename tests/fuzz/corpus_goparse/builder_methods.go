package main

import "strings"

//go:noinline
func join(words []string) string {
	var sb strings.Builder
	for _, w := range words {
		sb.WriteString(w)
		sb.WriteByte(' ')
	}
	return sb.String()
}

func main() {
	println(join([]string{"a", "b"}))
}
