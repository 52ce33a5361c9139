// float_strconv.go — strconv.FormatFloat (a 24-byte buffer made on the heap, then the string
// copied out) and strconv.ParseFloat (nothing allocated, unless it fails: a *NumError), with
// Go's syntax, ErrRange past the largest float, and float32 rounding
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

var x = 3.14159
var out string
var got float64
var err error

func main() {
	fmt.Println("warm up")
	measure("format_f2", func() { out = strconv.FormatFloat(x, 'f', 2, 64) })
	fmt.Println(out)
	measure("format_g", func() { out = strconv.FormatFloat(x*1e10, 'g', -1, 64) })
	fmt.Println(out)
	measure("format_one_byte", func() { out = strconv.FormatFloat(7, 'f', 0, 64) })
	fmt.Println(out)
	measure("parse_ok", func() { got, err = strconv.ParseFloat("2.5e3", 64) })
	fmt.Println(got, err)
	measure("parse_bad", func() { got, err = strconv.ParseFloat("1.5x", 64) })
	fmt.Println(got, err)
	fmt.Println(strconv.FormatFloat(0.1, 'e', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32), strconv.FormatFloat(-0.0, 'g', -1, 64),
		strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(123456789, 'G', 4, 64), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32))
	for _, s := range []string{"1e400", "-1e400", "1e-400", "-inf", "Infinity", "NaN", ".5", "5.", "+3", "", "1e", "abc", "0.1", "3.4028236e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err32)
	}
}
