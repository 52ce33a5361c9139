// typeswitch_copy.go — a type switch copies the value out of its box (case pt): no allocation,
// unless v is moved to heap (return &v: one 16-byte object per call); case *pt: v is x itself
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

type pt struct{ x, y int }

var boxes = []interface{}{pt{1, 2}, &pt{3, 4}, "s", 5, nil}

//go:noinline
func sum(x interface{}) int {
	switch v := x.(type) {
	case pt:
		return v.x + v.y
	case *pt:
		return v.x * v.y
	case string, int:
		_ = v
		return 100
	case nil:
		return -1
	}
	return 0
}

//go:noinline
func ref(x interface{}) *pt {
	switch v := x.(type) {
	case pt:
		return &v
	case *pt:
		return v
	default:
		return nil
	}
}

var keep []*pt

func main() {
	total := 0
	measure("sum", func() {
		for i := 0; i < 50; i++ {
			for _, b := range boxes {
				total += sum(b)
			}
		}
	})
	measure("ref", func() {
		for i := 0; i < 20; i++ {
			for _, b := range boxes {
				if p := ref(b); p != nil {
					keep = append(keep, p)
				}
			}
		}
	})
	fmt.Println(total, len(keep), keep[0].x, keep[1].y)
}
