// goprog_profile.go — the Go program tests/script/goprog_profile.lua profiles: main calls
// fill, fill calls grow, and only grow's lines allocate. Real Go 1.19's MemProfile of it
// (MemProfileRate = 1): under fill() 4 objects, 1216 B; under grow(64) 3 objects, 192 B;
// under grow(1000) 1 object, 1024 B; all made by line 10, make([]byte, n).
package main

var keep [][]byte

//go:noinline
func grow(n int) {
	b := make([]byte, n)
	keep = append(keep, b)
}

//go:noinline
func fill() {
	for i := 0; i < 3; i++ {
		grow(64)
	}
	grow(1000)
}

func main() {
	keep = make([][]byte, 0, 8)
	fill()
}
