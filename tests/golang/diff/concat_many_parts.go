// concat_many_parts.go — concatenating a slice of words: += copies every time, a Builder once per growth
package main

import (
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

var words = []string{"one", "two", "three", "four", "five", "six", "seven", "eight"}
var sink string

func main() {
	measure("plus", func() {
		s := ""
		for _, w := range words {
			s += w
		}
		sink = s
	})
	measure("builder", func() {
		var b strings.Builder
		for _, w := range words {
			b.WriteString(w)
		}
		sink = b.String()
	})
	fmt.Println(sink)
}
