// switch_iface_tag.go — switching on an interface{} compares type word and data: no allocation
// (the boxes of the values passed to name do not escape: stack temporaries)
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

var vals = []interface{}{1, "a", 300, nil, "zz", 7}

//go:noinline
func name(x interface{}) string {
	switch x {
	case 1:
		return "one"
	case "a":
		return "letter a"
	case 300:
		return "three hundred"
	case nil:
		return "nil"
	}
	return "other"
}

var counts [4]int

func main() {
	measure("compare", func() {
		for i := 0; i < 100; i++ {
			for _, v := range vals {
				switch name(v) {
				case "one", "letter a":
					counts[0]++
				case "three hundred":
					counts[1]++
				case "nil":
					counts[2]++
				default:
					counts[3]++
				}
			}
		}
	})
	measure("box", func() {
		var n int
		for i := 250; i < 260; i++ {
			if name(i) == "other" {
				n++
			}
		}
		counts[3] += n
	})
	fmt.Println(counts[0], counts[1], counts[2], counts[3])
}
