// strconv_atoi.go — strconv.Atoi parses without allocating; bad input returns a 48-byte
// *strconv.NumError holding the input (an overflow makes two: ParseUint's, which ParseInt
// replaces); printing one builds Go's message with Quote's buffer and one concatenation
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

var errs []error
var total int

func main() {
	inputs := []string{"0", "42", "-17", "+8", "123456789012345678", "9223372036854775807", "-9223372036854775808"}
	measure("valid", func() {
		for _, s := range inputs {
			n, err := strconv.Atoi(s)
			if err == nil {
				total += n % 1000
			}
		}
	})
	fmt.Println(total)
	bad := []string{"", "-", "12a", "x", "9223372036854775808", "-99999999999999999999", "1_000", "12345678901234567890x"}
	measure("bad", func() {
		for _, s := range bad {
			_, err := strconv.Atoi(s)
			errs = append(errs, err)
		}
	})
	n, err := strconv.Atoi("99999999999999999999")
	fmt.Println(n, err != nil)
	measure("message", func() {
		_ = errs[2].Error()
	})
	for _, e := range errs {
		fmt.Println(e)
	}
}
