// append_many.go — append(a, b...) of several elements at once grows straight to what it needs
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

var sink []int
var more = []int{1, 2, 3, 4, 5, 6, 7}

func main() {
	measure("seven", func() { sink = append([]int(nil), more...) })
	fmt.Println("cap", cap(sink))
	measure("again", func() { sink = append(sink, more...) })
	fmt.Println("cap", cap(sink))
}
