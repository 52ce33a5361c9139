// fmt_wide_width.go — fmt's edge cases that cost allocations of their own: a width over 65
// makes fmtInteger's own digit buffer (3 + width bytes, format.go:208) for every integer it
// pads, here and in each field of a struct; %x of a string appends its hex digits to the
// buffer two at a time, so the buffer grows step by step; a bad verb, a missing operand and
// extra operands write their error texts piece by piece ("%!d(string=x)", "%!v(MISSING)",
// "%!(EXTRA int=1, string=two, <nil>)").
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

// measure runs f with fmt's printers afresh (two GCs empty their pool), so each case grows
// its own buffer from nothing.
func measure(name string, f func()) {
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type pair struct{ a, b int }

var sink string

func main() {
	fmt.Println("warm up")
	measure("width_65", func() { sink = fmt.Sprintf("%65d|", 7) })
	measure("width_66", func() { sink = fmt.Sprintf("%66d|", 7) })
	measure("width_100", func() { sink = fmt.Sprintf("%100d|", -7) })
	measure("width_left_70", func() { sink = fmt.Sprintf("%-70x|", 255) })
	measure("width_struct", func() { sink = fmt.Sprintf("%70v", pair{1, 2}) })
	measure("hex_string", func() { sink = fmt.Sprintf("%x", "hello, world, this is a long string to hex") })
	measure("hex_padded", func() { sink = fmt.Sprintf("%20x|%-20X|%5x|", "abc", "abc", "") })
	measure("bad_verb", func() { sink = fmt.Sprintf("abcdef%d", "xyzw") })
	measure("bad_verb_int", func() { sink = fmt.Sprintf("%s", 12345678) })
	measure("bad_verb_nil", func() { sink = fmt.Sprintf("abcdef%d", nil) })
	measure("missing", func() { sink = fmt.Sprintf("abcdef%d %v") })
	measure("extra", func() { sink = fmt.Sprintf("abcdefgh", 12345678, "two", nil) })
	fmt.Println(len(sink), sink)
	fmt.Printf("%70d|\n", 42)
	fmt.Printf("%x|%X|%8x|%-8x|\n", "hi", "hi", "hi", "hi")
	fmt.Println(fmt.Sprintf("%d %s %d", "x", 3, nil), fmt.Sprintf("%v %v", 1), fmt.Sprintf("%v", 1, "two", nil))
}
