// float_convert.go — conversions between floats and integers as amd64 does them: toward
// zero, out-of-range values and NaN as the conversion instructions give them; float32
// rounding; division by zero (+Inf, no panic); NaN in comparisons, switches and ==
package main

import (
	"fmt"
	"math"
)

type Celsius float64

func main() {
	f := 300.7
	big := 1e300
	zero := 0.0
	nan := zero / zero
	fmt.Println(int(f), int(-f), int8(f), uint8(f), int16(f*1000), uint16(f*1000), int32(-f), uint32(-f), uint64(-f))
	fmt.Println(int64(big), int64(-big), int64(nan), int32(big), int32(nan), uint32(big), uint64(big), int8(big), uint(1e19))
	fmt.Println(float64(7)/2, float64(-7)/2, 7/2, float32(1<<24+1), float64(uint64(1<<63)), float32(int64(-3)))
	var u uint64 = 1<<64 - 1
	var i8 int8 = -128
	fmt.Println(float64(u), float32(u), float64(i8), float64(uint8(200)))
	fmt.Println(1/zero, -1/zero, 5/zero > 1e308, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, -zero == zero)
	var d float64 = 10
	d /= zero
	fmt.Println(d, d-d, d*0)
	c := Celsius(36.6)
	c += 0.5
	fmt.Printf("%v %.1f %T\n", c, c, c)
	var x interface{} = 2.5
	var y interface{} = 2.5
	var n interface{} = nan
	fmt.Println(x == y, n == n)
	switch v := f; {
	case v > 300:
		fmt.Println("hot", v)
	default:
		fmt.Println("cold")
	}
	switch 0.5 * 2 {
	case 1:
		fmt.Println("one")
	}
	a := [3]float64{1, nan, 3}
	b := a
	fmt.Println(a == b, a[1] == b[1], struct{ F float64 }{-zero} == struct{ F float64 }{0})
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Trunc(-0.5), math.Sqrt(-1), math.Sqrt(2), math.Abs(-zero))
	h := 0.1 + 0.2
	fmt.Println(h, h == 0.3, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
	k := 3
	fmt.Println(float64(k)*1.5, -float64(k), 1.5e3, 1_000.5, .5, 1e-3)
	fmt.Println(0x1p-2, 0x1.8p1, 0X10P0+1, 0x_1p4)
}
