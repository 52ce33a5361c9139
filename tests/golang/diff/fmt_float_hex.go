// fmt_float_hex.go — a float's own bits in print: %x and %X (0x1.8p+01, rounded half to even
// at a precision, a carry moving the exponent), %b (mantissa and power of two), and
// strconv.FormatFloat with 'x' and 'b' (its 24-byte buffer, then the string).
package main

import (
	"fmt"
	"math"
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

var text string

func main() {
	vals := []float64{0, 1, -1, 3, 255.5, 0.1, 1.0 / 3, 1.96875, 1e-310, math.MaxFloat64}
	for _, v := range vals {
		fmt.Printf("%x %X %.2x %.0x %b %+.1x|%14.3x|%-10x|\n", v, v, v, v, v, v, v, v)
	}
	var f32 float32 = 0.1
	fmt.Printf("float32 %x %b; %x %X\n", f32, f32, math.Inf(-1), math.NaN())
	measure("sprintf", func() {
		text = fmt.Sprintf("%x", 1.5)
	})
	fmt.Println(text)
	measure("formatx", func() {
		text = strconv.FormatFloat(255.5, 'x', -1, 64)
	})
	fmt.Println(text)
	measure("formatb", func() {
		text = strconv.FormatFloat(0.1, 'b', -1, 32)
	})
	fmt.Println(text, strconv.FormatFloat(1e300, 'X', 3, 32))
}
