// maps.go — escape analysis of maps: make(map) and map literals are allocations that escape or
// not like new(T); a key or value put in a map is stored in the heap (so &x put in a map moves
// x); a lookup, delete, len or range leaks nothing of the map; a map parameter only written
// through does not escape.
package main

var global map[string]int

//go:noinline
func local() int {
	m := make(map[int]int)
	m[1] = 2
	return m[1]
}

//go:noinline
func hinted(n int) int {
	m := make(map[int]int, n)
	m2 := make(map[int]int, 100)
	m[n] = n
	m2[n] = n
	return len(m) + len(m2)
}

//go:noinline
func fill(m map[int]int) {
	m[1] = 1
	delete(m, 2)
}

//go:noinline
func stored() {
	global = map[string]int{"a": 1}
}

//go:noinline
func returned() map[int]*int {
	x := 5
	m := map[int]*int{}
	m[1] = &x
	return m
}

//go:noinline
func lookup(m map[string]*int, k string) *int {
	v, ok := m[k]
	if !ok {
		return nil
	}
	return v
}

//go:noinline
func ranged(m map[int]*int) int {
	s := 0
	for k, v := range m {
		s += k + *v
	}
	return s
}

//go:noinline
func literal() int {
	y := 3
	m := map[string]*int{"y": &y}
	return *m["y"]
}

func main() {
	local()
	hinted(3)
	m := make(map[int]int)
	fill(m)
	stored()
	returned()
	lookup(nil, "a")
	ranged(nil)
	literal()
}
