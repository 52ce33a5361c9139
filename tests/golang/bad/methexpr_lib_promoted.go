package main

import "strings"

type logger struct {
	strings.Builder
	lines int
}

// A library method promoted through an embedded field: Go's generated wrapper
// (*logger).WriteString is not modelled.
func main() {
	w := (*logger).WriteString
	var l logger
	w(&l, "x")
}
