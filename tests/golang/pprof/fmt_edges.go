// fmt_edges.go — fmt's edge cases in Go 1.19's heap profile, each case in a function of its
// own run after two runtime.GC() (fmt's printer, its pool's array and its buffer afresh):
// a bad verb's text is written by badVerb (print.go:363, 368) under fmtString, a missing
// operand's by missingArg (print.go:1002), extra operands' by doPrintf itself (1163, 1172);
// %x of a string appends byte by byte in fmtSbx (format.go:425); a width over 65 makes
// fmtInteger's own digit buffer (format.go:208). Measured with go1.19.8 (MemProfileRate = 1,
// go tool pprof -traces -lines).
package main

import (
	"fmt"
	"runtime"
)

var sink string

func reset() { runtime.GC(); runtime.GC() }

//go:noinline
func wide() { sink = fmt.Sprintf("%70d", 42) } // wide

//go:noinline
func badVerb() { sink = fmt.Sprintf("%d", "x") } // badVerb

//go:noinline
func missing() { sink = fmt.Sprintf("%v %v", 1) } // missing

//go:noinline
func extra() { sink = fmt.Sprintf("%v", 1, "two") } // extra

//go:noinline
func hexString() { sink = fmt.Sprintf("%x", "hello, world, this is a long string to hex") } // hexString

//go:noinline
func badVerbRune() { sink = fmt.Sprintf("abcdef%d", "x") } // badVerbRune

//go:noinline
func badVerbValue() { sink = fmt.Sprintf("abcde%d", "xyzw") } // badVerbValue

//go:noinline
func badVerbClose() { sink = fmt.Sprintf("abcd%d", "x") } // badVerbClose

//go:noinline
func badVerbInt() { sink = fmt.Sprintf("%s", 12345678) } // badVerbInt

//go:noinline
func badVerbNil() { sink = fmt.Sprintf("abcdef%d", nil) } // badVerbNil

//go:noinline
func missingRune() { sink = fmt.Sprintf("abcdef%d") } // missingRune

//go:noinline
func extraMany() { sink = fmt.Sprintf("abcdefgh", 12345678, "two", nil) } // extraMany

//go:noinline
func extraType() { sink = fmt.Sprintf("abcdefghijklmno", 1, "two", nil) } // extraType

//go:noinline
func hexPadded() { sink = fmt.Sprintf("%20x|%-20x", "abc", "abc") } // hexPadded

//go:noinline
func wideLeft() { sink = fmt.Sprintf("%-70x", 42) } // wideLeft

func main() {
	reset()
	wide()
	reset()
	badVerb()
	reset()
	missing()
	reset()
	extra()
	reset()
	hexString()
	reset()
	badVerbRune()
	reset()
	badVerbValue()
	reset()
	badVerbClose()
	reset()
	badVerbInt()
	reset()
	badVerbNil()
	reset()
	missingRune()
	reset()
	extraMany()
	reset()
	extraType()
	reset()
	hexPadded()
	reset()
	wideLeft()
	reset()
	fmt.Println(len(sink))
}
