// fmt_plus_v.go — %+v names struct fields: each name comes from reflect's Type.Field(i),
// whose StructField.Index is a new []int{i} (8 bytes in the heap per field named, tiny
// blocks); %+d signs a number, %+v of a number does not (the plus flag becomes plusV)
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type point struct{ x, y int }

type room struct {
	name  string
	seats []int
	at    point
}

var pt = point{3, 4}
var r = room{"hall", []int{1, 2}, point{5, 6}}
var pts = []point{{1, 2}, {7, 8}}

func main() {
	fmt.Println("warm up")
	measure("v", func() { fmt.Printf("%v\n", pt) })
	measure("plus_v", func() { fmt.Printf("%+v\n", pt) })
	measure("plus_v_nested", func() { fmt.Printf("%+v\n", r) })
	measure("plus_v_slice", func() { fmt.Printf("%+v\n", pts) })
	measure("plus_v_pointer", func() { fmt.Printf("%+v\n", &pt) })
	measure("plus_d", func() { fmt.Printf("%+d %+d %+v\n", 5, -5, 7) })
	measure("sprintf_plus_v", func() { fmt.Println(fmt.Sprintf("%+v", pt)) })
}
