// map_escape.go — a map that does not escape keeps its hmap and first bucket on the stack; one that
// escapes costs a 48-byte hmap and its buckets on the heap
package main

import (
	"fmt"
	"runtime"
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

//go:noinline
func local() int {
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	return len(m)
}

//go:noinline
func localBig() int {
	m := make(map[int]int)
	for i := 0; i < 9; i++ {
		m[i] = i
	}
	return len(m)
}

//go:noinline
func escaping() map[int]int {
	m := make(map[int]int)
	m[1] = 1
	return m
}

//go:noinline
func literal() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	return m["a"] + m["b"] + m["c"]
}

//go:noinline
func literalEscapes() map[string]int {
	return map[string]int{"a": 1, "b": 2}
}

func main() {
	measure("local", func() { local() })
	measure("localBig", func() { localBig() })
	measure("escaping", func() { escaping() })
	measure("literal", func() { literal() })
	measure("literalEscapes", func() { literalEscapes() })
	fmt.Println(local(), localBig(), len(escaping()), literal(), len(literalEscapes()))
}
