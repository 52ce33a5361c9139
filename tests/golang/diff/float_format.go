// float_format.go — how fmt and println spell floats: %v's shortest digits (and where it
// turns to an exponent), %e %f %g with widths and precisions, float32's own digits,
// Inf, NaN, -0, and a float given to a verb that does not take one
package main

import (
	"fmt"
	"math"
)

type P struct {
	X, Y float64
	N    float32
}

func main() {
	fmt.Println(1e20, 1e21, 123456789.0, 0.00001, 0.0001, 1000000.0, 100000.0, 999999.0, 0.1, 10.0/3, 1234567.0)
	fmt.Println(0.0, 1.0, -2.5, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 1/3.0, 2.0/3)
	fmt.Println(float32(0.1), float32(1)/3, float32(16777217), float32(math.MaxFloat32), float32(1e-45))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, -zero, math.Inf(1), math.NaN())
	println(1.5, 0.1, 1e100, 123456789.0, -2.0, 1/zero, -1/zero, zero/zero, -zero, float32(0.1), 0.0)
	fmt.Printf("%f|%.2f|%6.2f|%-8.2f|%08.3f|%+.1f|%.0f|%.0f|%.0f\n", 3.14159, 3.14159, 3.14159, 1.0, -3.14159, 2.0, 0.5, 1.5, 2.5)
	fmt.Printf("%e|%E|%.3e|%10.2e|%g|%G|%.3g|%.3g|%.10g|%g|%g\n", 3.14159, 1234.5678, 123456.0, -0.000123, 3.14159, 1e21, 3.14159, 1234567.0, 1.0/3, 1e-5, 100000.0)
	fmt.Printf("%v|%.2v|%8v|%-8v|%08v|%+v|%T|%T\n", 2.5, 3.14159, 1.5, 1.5, -1.5, 1.5, 1.5, float32(1))
	fmt.Printf("%5.1f|%05.1f|%+05.1f|%f|%f|%5f|%.3f\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), -zero, math.Inf(1), 1e-10)
	fmt.Printf("%d|%s|%x|%q\n", 1.5, 2.5, 3, 4.5)
	fmt.Println(fmt.Sprintf("%.2f", 2.675), fmt.Sprint(1.0, 2.0), fmt.Sprint("a", 1.5, "b"), fmt.Sprintln(0.5, 0.25))
	fmt.Println(P{1.5, -2, 0.1}, &P{}, []float64{0.5, 1, 1e6, 1e-7}, [2]float32{0.1, 0.2}, map[string]float64{"pi": math.Pi, "e": math.E})
	fmt.Printf("%v %+v %.1f\n", P{1, 2, 3}, P{1, 2, 3}, []float64{1.25, 2.35})
}
