// float_inf_precision.go — Inf and NaN print as words at any precision (%.1000f of +Inf is +Inf);
// float32 rounding, and amd64 conversions of out-of-range floats
package main

import "fmt"

func main() {
	x := 1e308
	fmt.Printf("%.1000f %v %.900e\n", x*10, -x*10, x*10*0)
	var f float32 = 16777217
	fmt.Println(f, int(x), uint8(300.7-x+x))
}
