package main

import (
	"fmt"
	"strings"
)

func joinStrings() string {
	s := ""
	for i := 0; i < 1000; i++ {
		s += "a"
	}
	return s
}

func joinBuilder() string {
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString("a")
	}
	return sb.String()
}

func main() {
	a := joinStrings()
	b := joinBuilder()
	fmt.Println(len(a), len(b))
}
