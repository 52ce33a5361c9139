package main

import (
	"fmt"
	"strings"
)

var sink string

//go:noinline
func newCounter() *int {
	c := 0
	return &c
}

//go:noinline
func concat(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "a"
	}
	return s
}

//go:noinline
func builder(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("a")
	}
	return b.String()
}

func main() {
	p := newCounter()
	*p = 1
	sink = concat(20)
	sink = builder(20)
	fmt.Println(len(sink), *p)
}
