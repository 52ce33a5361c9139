// maps_inline.go — small map helpers are inlined by Go 1.19 (its costs: newMap 3, make(map[K]V) having the hint 0;
// lit 8, count 20), so their make and literals are analysed again in main's context
package main

import "fmt"

func newMap() map[int]int {
	return make(map[int]int)
}

func get(m map[string]int, k string) int {
	return m[k]
}

func has(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

func put(m map[string]int, k string, v int) {
	m[k] = v
}

func count(m map[int]int) int {
	n := 0
	for k, v := range m {
		n += k * v
	}
	return n
}

func lit() map[string]int {
	return map[string]int{"a": 1, "b": 2}
}

func del(m map[int]int, k int) {
	delete(m, k)
}

func main() {
	m := newMap()
	m[1] = 2
	s := map[string]int{}
	put(s, "x", 3)
	l := lit()
	del(m, 5)
	fmt.Println(get(s, "x"), has(s, "y"), count(m), len(m), l["a"])
}
