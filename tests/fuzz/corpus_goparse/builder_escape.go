package main

import (
	"fmt"
	"strings"
)

var keep *strings.Builder

//go:noinline
func escaping() {
	var sb strings.Builder
	sb.WriteString("x")
	keep = &sb
}

func local() string {
	sb := &strings.Builder{}
	sb.WriteString("y")
	return sb.String()
}

func main() {
	escaping()
	fmt.Println(local())
}
