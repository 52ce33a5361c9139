// float_boxing.go — what a float costs when it goes into an interface: convT64 allocates 8
// bytes (noscan, from the tiny allocator) for a float64 variable, convT32 4 for a float32, but
// 0.0 (bits below 256: staticuint64s) is free and a constant is boxed as static data
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

var x = 1.5
var y = 2.25
var zero float64
var small float32 = 0.5
var sink interface{}
var sinks []interface{}

func main() {
	fmt.Println("warm up")
	measure("variable", func() { fmt.Println(x) })
	measure("two", func() { fmt.Println(x, y, x+y) })
	measure("constant", func() { fmt.Println(1.5, 2.25) })
	measure("zero", func() { fmt.Println(zero, -zero, "(0.0 is free: staticuint64s; -0.0 is not)") })
	measure("float32", func() { fmt.Println(small) })
	measure("sink", func() { sink = x * 2 })
	measure("sinks", func() {
		for i := 0; i < 10; i++ {
			sinks = append(sinks, float64(i)+0.5)
		}
	})
	measure("slice", func() {
		fs := make([]float64, 100)
		for i := range fs {
			fs[i] = float64(i) * 0.25
		}
		sink = fs
	})
	fmt.Println(sink.([]float64)[99], len(sinks), sinks[9])
}
