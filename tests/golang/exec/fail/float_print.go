package main

import "math"

type Temp float64

func main() {
	zero := 0.0
	println(1.5, 0.1, 1e100, 123456789.0, -2.0, 1/zero, -1/zero, zero/zero, -zero, float32(0.1), 0.0)
	print(math.Pi, " ", math.MaxFloat64, " ", math.SmallestNonzeroFloat64, "\n")
	println(9.9999999, 0.99999995, 1e-300, float32(16777217))
	var err interface{} = Temp(-40)
	_ = err
	defer func() { r := recover(); println(r.(float64)); panic(Temp(-40)) }()
	panic(2.5)
}
