// Lesson 5: s += "a" against a
// strings.Builder, n = 1000 times.
// growth records b.Cap() each time
// the Builder's buffer grows. Real Go
// prints the same figures
// (tests/lessons/go/05_concat_vs_builder).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var n = 1000

var sink string
var caps []int
var before, after runtime.MemStats

//go:noinline
func concat() string {
	s := ""
	for i := 0; i < n; i++ {
		s += "a" // a new string each time
	}
	return s
}

//go:noinline
func builder() string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("a") // into b's buffer
	}
	return b.String() // no copy
}

//go:noinline
func grown() string {
	var b strings.Builder
	b.Grow(n) // room for n bytes first
	for i := 0; i < n; i++ {
		b.WriteString("a")
	}
	return b.String()
}

func growth() {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("a")
		c := b.Cap()
		if len(caps) == 0 || caps[len(caps)-1] != c {
			caps = append(caps, c)
		}
	}
}

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name,
		after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name,
		after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("concat", func() { sink = concat() })
	runtime.GC() // the janitor clears +='s garbage
	measure("builder", func() { sink = builder() })
	measure("grown", func() { sink = grown() })
	growth()
	for i, c := range caps {
		fmt.Printf("builder.cap%d %d\n", i+1, c)
	}
	fmt.Printf("builder.growths %d\n", len(caps))
}
