// floats.go — escape analysis of float code: float64 parameters and results never leak
// (no pointers), a float boxed for fmt escapes, a *float64 and a []float64 flow as pointers
// do, and math's intrinsics and inlined functions as -m names their results
package main

import (
	"fmt"
	"math"
)

type Vec struct{ X, Y float64 }

func (v Vec) Len() float64     { return math.Sqrt(v.X*v.X + v.Y*v.Y) }
func (v *Vec) Scale(k float64) { v.X *= k; v.Y *= k }
func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
func newVec(x, y float64) *Vec { return &Vec{x, y} }
func keep(p *float64) *float64 { return p }
func clamp(x float64) float64  { return math.Max(0, math.Min(1, x)) }

var global *float64

func main() {
	v := Vec{3, 4}
	v.Scale(2)
	xs := []float64{1, 2, 3}
	f := 2.5
	global = keep(&f)
	w := newVec(1, 2)
	fmt.Println(v.Len(), sum(xs), math.Floor(f), math.Abs(-f), clamp(1.5), *w, float32(f))
	fmt.Printf("%.2f %v\n", f, xs)
	var any interface{} = f * 2
	_ = any
}
