// boxing_small_structs.go — a pointer-free value of 2, 4 or 8 bytes with that alignment is
// boxed by convT16/convT32/convT64 whatever its type, so a one-int struct under 256 costs
// nothing (staticuint64s) and from 256 one 8-byte tiny allocation; the same 8 bytes at
// alignment 4 (two int32s) or 1 ([8]byte) go through convTnoptr and always allocate.
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

type One struct{ n int }
type Half struct{ a, b int32 }
type Small struct{ n int32 }
type Tiny struct{ n int16 }

var sink any
var k = 20
var big = 300

func main() {
	measure("one_small", func() { sink = One{k} })
	measure("one_big", func() { sink = One{big} })
	measure("half", func() { sink = Half{1, 2} })
	measure("bytes8", func() { sink = [8]byte{byte(k)} })
	measure("small32", func() { sink = Small{int32(k)} })
	measure("small32_big", func() { sink = Small{int32(big)} })
	measure("tiny16", func() { sink = Tiny{int16(k)} })
}
