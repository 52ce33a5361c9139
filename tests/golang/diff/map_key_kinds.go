// map_key_kinds.go — maps keyed by structs, arrays, pointers, channels and interfaces: Go
// hashes a key of plain memory by its bytes (memhash), a string inside a struct by its
// contents, an interface by its dynamic type and value (efaceHash), and the bucket's size
// follows the key's: a map[[20]int]int's 160-byte keys are over 128 B, so each is its own
// object and the slot holds a pointer. Overflow buckets depend on how keys collide, which
// differs run to run in Go (random hash seeds): the figures are the range of 30 runs. A key
// converted to the interface key type escapes when stored (i*1000 >= 256: convT64's 8 bytes).
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
type id struct{ a, b int }

type named struct {
	name string
	n    int8
}

var sink map[point]int

func main() {
	fmt.Println("warm up")
	measure("struct_keys", func() {
		m := map[point]int{}
		for i := 0; i < 100; i++ {
			m[point{i, -i}] = i
		}
		sink = m
		fmt.Println(len(m), m[point{5, -5}], m[point{5, 5}])
	})
	measure("string_struct_keys", func() {
		m := make(map[named]bool)
		for i := 0; i < 50; i++ {
			m[named{fmt.Sprint("k", i%10), int8(i / 10)}] = true
		}
		_, ok := m[named{"k3", 2}]
		fmt.Println(len(m), ok)
	})
	measure("array_keys", func() {
		m := map[[3]int]string{}
		for i := 0; i < 20; i++ {
			m[[3]int{i, i * i, 7}] = "x"
		}
		fmt.Println(len(m), m[[3]int{4, 16, 7}])
	})
	measure("pointer_keys", func() {
		ps := make([]*point, 30)
		m := map[*point]int{}
		for i := range ps {
			ps[i] = &point{i, i}
			m[ps[i]] = i
		}
		fmt.Println(len(m), m[ps[7]], m[&point{7, 7}])
	})
	measure("chan_keys", func() {
		m := map[chan int]int{}
		for i := 0; i < 10; i++ {
			m[make(chan int)] = i
		}
		fmt.Println(len(m))
	})
	measure("big_keys", func() {
		m := map[[20]int]int{}
		for i := 0; i < 12; i++ {
			m[[20]int{i}] = i
		}
		fmt.Println(len(m), m[[20]int{3}])
	})
	measure("iface_keys", func() {
		m := map[any]int{}
		for i := 0; i < 40; i++ {
			m[i*1000] = i
		}
		m["x"] = 1
		m[id{1, 2}] = 2
		m[nil] = 3
		fmt.Println(len(m), m[5000], m["x"], m[id{1, 2}], m[nil], m[id{2, 1}])
	})
}
