// methexpr_lib.go — method expressions of library methods, as values and through locals:
// write always holds (*strings.Builder).WriteString, so Go follows it and inlines the call
// (the copyCheck panic line appears there and sb stays on the stack); ws holds
// (*bytes.Buffer).WriteString, not inlined, whose tags keep &bb on the stack; passed to a
// function as a value it is an unknown call, so the builder it is called with escapes.
package main

import (
	"bytes"
	"strings"
)

//go:noinline
func apply(f func(*strings.Builder, string) (int, error), sb *strings.Builder) { f(sb, "x") }

func direct() int {
	var sb strings.Builder
	write := (*strings.Builder).WriteString
	write(&sb, "a")
	(*strings.Builder).WriteByte(&sb, 'b')
	return sb.Len()
}

func buffer() int {
	var bb bytes.Buffer
	ws := (*bytes.Buffer).WriteString
	ws(&bb, "a")
	return bb.Len()
}

func viaValue() int {
	var sb strings.Builder
	apply((*strings.Builder).WriteString, &sb)
	return sb.Len()
}

func main() {
	_ = direct() + buffer() + viaValue()
}
