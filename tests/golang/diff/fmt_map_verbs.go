// fmt_map_verbs.go — the verb of an operand goes inside a map, a slice or a struct: printValue
// applies it to every key, value, element and field (%d of map[string]int prints each string
// key as fmt's bad verb, %!d(string=a)), and %#v prints Go syntax: the map's type, then
// {k:v, k:v} with strings quoted and unsigned integers in hex. What it costs is what %v of
// the same map costs (fmtsort's copies), plus reflect's StructField.Index for each named field
// %#v prints. A []byte operand is fmtBytes' own (printArg's case []byte): %v prints its
// bytes without reflect's copies, %s %x %q as a string; []byte("hi") of a constant is a
// new([2]byte), 2 bytes from the tiny allocator.
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

type celsius int

func (c celsius) String() string { return fmt.Sprint(int(c), "C") }

type point struct {
	X, Y int
	tag  string
}

type ages map[string]int

func main() {
	fmt.Println("warm up")
	m := map[string]int{"b": 2, "a": 1, "c": -3}
	u := map[uint8]bool{200: true, 7: false}
	temps := map[string]celsius{"mon": 21, "tue": -4}
	var none map[string]int
	measure("sharp_v", func() { fmt.Printf("%#v\n", m) })
	measure("sharp_v_unsigned", func() { fmt.Printf("%#v\n", u) })
	measure("sharp_v_nil", func() { fmt.Printf("%#v %#v\n", none, map[int]int{}) })
	measure("sharp_v_named", func() { fmt.Printf("%#v\n", ages{"x": 1}) })
	measure("sharp_v_methods", func() { fmt.Printf("%#v\n", temps) })
	measure("d_of_map", func() { fmt.Printf("%d\n", m) })
	measure("x_of_map", func() { fmt.Printf("%x|%X\n", m, u) })
	measure("s_of_map", func() { fmt.Printf("%s\n", m) })
	measure("q_of_map", func() { fmt.Printf("%q\n", m) })
	measure("d_stringer_values", func() { fmt.Printf("%d %v %s\n", temps, temps, temps) })
	measure("x_stringer_values", func() { fmt.Printf("%x\n", temps) })
	measure("width", func() { fmt.Printf("%4d|%-3v|\n", m, u) })
	measure("plus_d", func() { fmt.Printf("%+d\n", m) })
	measure("t_of_map", func() { fmt.Printf("%t\n", u) })
	measure("d_slice", func() { fmt.Printf("%d %x %#v\n", []int{1, -255}, []int{10, 11}, []int{1, 2}) })
	measure("sharp_v_struct", func() { fmt.Printf("%#v\n", point{1, 2, "p"}) })
	measure("d_struct", func() { fmt.Printf("%d\n", point{1, 2, "p"}) })
	measure("sharp_v_ptr_map", func() { fmt.Printf("%#v %v\n", &m, &m) })
	measure("sharp_v_basic", func() { fmt.Printf("%#v %#v %#v %#v\n", "s", 42, uint(42), true) })
	measure("map_of_slices", func() { fmt.Printf("%#v\n", map[string][]int{"a": {1}, "b": nil}) })
	measure("bytes", func() { fmt.Printf("%s %x %q\n", []byte("hi"), []byte("hi"), []byte("hi")) })
	measure("bytes_v", func() { fmt.Printf("%v %#v %#v %d\n", []byte("hi"), []byte("hi"), []byte(nil), []byte("ab")) })
	measure("o_b", func() { fmt.Printf("%o %b %x\n", 8, 5, -255) })
}
