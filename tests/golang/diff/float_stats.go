// float_stats.go — mean, variance and standard deviation of a []float64, the minimum and
// maximum, and a running sum with +=: float arithmetic as Go rounds it, step by step
package main

import (
	"fmt"
	"math"
)

func mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	v := 0.0
	for _, x := range xs {
		d := x - m
		v += d * d
	}
	return math.Sqrt(v / float64(len(xs)-1))
}

func minmax(xs []float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, x := range xs {
		lo = math.Min(lo, x)
		hi = math.Max(hi, x)
	}
	return
}

func main() {
	xs := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Println(mean(xs), stddev(xs))
	lo, hi := minmax(xs)
	fmt.Println(lo, hi)
	grades := make([]float64, 0, 4)
	for i := 1; i <= 10; i++ {
		grades = append(grades, float64(i)/3)
	}
	fmt.Println(grades)
	fmt.Printf("mean %.4f stddev %.4f\n", mean(grades), stddev(grades))
	s := 0.0
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1, math.Abs(s-1) < 1e-9)
	var f32 float32
	for i := 0; i < 10; i++ {
		f32 += 0.1
	}
	fmt.Println(f32, float64(f32))
	c := 25.0
	f := c*9/5 + 32
	fmt.Printf("%.1f°C = %.1f°F\n", c, f)
	fmt.Println(int(f), int(-f), math.Floor(-f), math.Ceil(f), math.Trunc(-f))
	counts := map[string]float64{"a": 1.5, "b": 2.25}
	counts["a"] *= 2
	counts["c"] += 0.125
	fmt.Println(counts, len(counts))
}
