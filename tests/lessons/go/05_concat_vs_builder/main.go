// Lesson 5: s += "a" n times against strings.Builder.WriteString("a") n times (n = 1000),
// the Builder's capacity after each growth, and Builder.Grow(n) first.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sink string

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

//go:noinline
func grown(n int) string {
	var b strings.Builder
	b.Grow(n)
	for i := 0; i < n; i++ {
		b.WriteString("a")
	}
	return b.String()
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	const n = 1000
	measure("concat", func() { sink = concat(n) })
	measure("builder", func() { sink = builder(n) })
	measure("grown", func() { sink = grown(n) })
	var b strings.Builder
	last, caps := -1, []int{}
	for i := 0; i < n; i++ {
		b.WriteString("a")
		if b.Cap() != last {
			last = b.Cap()
			caps = append(caps, last)
		}
	}
	for i, c := range caps {
		fmt.Printf("builder.cap%d %d\n", i+1, c)
	}
	fmt.Printf("builder.growths %d\n", len(caps))
}
