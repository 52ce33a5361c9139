// strconv_itoa.go — strconv.Itoa allocates nothing for 0..99 (Go takes those from constant
// tables in read-only data) and one string of the number's length otherwise: 100..999 are
// 3-byte tiny objects (five share a 16-byte block), negatives and big numbers a small string
package main

import (
	"fmt"
	"runtime"
	"strconv"
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

var keep []string

func main() {
	keep = make([]string, 0, 64)
	measure("small", func() {
		for i := 0; i < 100; i++ {
			keep = append(keep[:0], strconv.Itoa(i))
		}
	})
	measure("hundreds", func() {
		for i := 100; i < 140; i++ {
			keep = append(keep, strconv.Itoa(i))
		}
	})
	keep = keep[:0]
	measure("others", func() {
		keep = append(keep, strconv.Itoa(-1), strconv.Itoa(-99), strconv.Itoa(123456789), strconv.Itoa(-9223372036854775808))
	})
	fmt.Println(keep, strconv.Itoa(7)+strconv.Itoa(42))
}
