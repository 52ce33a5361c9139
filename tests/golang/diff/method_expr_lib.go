// method_expr_lib.go — method expressions and method values of library methods:
// (*strings.Builder).WriteString is func(*strings.Builder, string) (int, error), a static
// function (nothing allocated to make it); called through a local that always holds it, Go
// follows the local (ir.StaticValue) and inlines the call like sb.WriteString, so sb stays on
// the stack; (*bytes.Buffer).WriteString is not inlined but keeps its own tags (&bb does not
// escape). A method value sb.String binds &sb in a closure on the stack. A function value that
// escapes (passed to a function Go cannot see into) is a call of an unknown function: there
// the receiver escapes (sb2 moves to the heap). The same for the program's own method
// expressions and functions held in locals.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
)

var before, after runtime.MemStats

// measure prints what f allocated on the heap, as runtime.MemStats counts it.
func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type counter struct{ n int }

//go:noinline
func (c *counter) add(k int) { c.n += k }

func (c *counter) inc() { c.n++ }

//go:noinline
func double(p *int) { *p *= 2 }

//go:noinline
func each(words []string, w func(*strings.Builder, string) (int, error), sb *strings.Builder) {
	for _, s := range words {
		w(sb, s)
	}
}

var out string
var size int

func main() {
	measure("builder", func() {
		var sb strings.Builder
		write := (*strings.Builder).WriteString
		for i := 0; i < 4; i++ {
			write(&sb, "ab")
		}
		(*strings.Builder).WriteByte(&sb, '!')
		str := sb.String
		length := (*strings.Builder).Len
		out, size = str(), length(&sb)
	})
	fmt.Println(out, size)
	measure("buffer", func() {
		var bb bytes.Buffer
		ws := (*bytes.Buffer).WriteString
		ws(&bb, "hello, ")
		(*bytes.Buffer).WriteString(&bb, "world")
		grow := (*bytes.Buffer).Grow
		grow(&bb, 64)
		wb := bb.WriteByte
		wb('.')
		out, size = bb.String(), (*bytes.Buffer).Cap(&bb)
	})
	fmt.Println(out, size)
	measure("escaping", func() {
		var sb2 strings.Builder
		each([]string{"x", "y", "z"}, (*strings.Builder).WriteString, &sb2)
		out = sb2.String()
	})
	fmt.Println(out)
	measure("own", func() {
		c := counter{}
		add := (*counter).add
		add(&c, 5)
		inc := (*counter).inc
		inc(&c)
		n := 20
		d := double
		d(&n)
		size = c.n + n
	})
	fmt.Println(size)
}
