// switch_fallthrough.go — fallthrough runs the next clause's body; a break leaves the switch;
// each append along the way allocates as growslice does
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
func steps(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	default:
		out = append(out, "more")
	case 9:
		out = append(out, "nine")
		if len(out) > 0 {
			break
		}
		out = append(out, "unreached")
	}
	return out
}

var all [][]string

func main() {
	measure("steps", func() {
		for i := 0; i < 10; i++ {
			all = append(all, steps(i))
		}
	})
	fmt.Println(all[0], all[1], all[2], all[9])
}
