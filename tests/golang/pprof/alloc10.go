// alloc10.go — ten 1000-byte slices made in main.f, which Go inlines into main.main: the
// profile holds 10 objects of the 1024-byte size class (10240 bytes) at main.f's make
// line, main.f sharing main.main's location (pprof: "main.f (inline)").
package main

var sink [][]byte

func f() {
	for i := 0; i < 10; i++ {
		sink = append(sink, make([]byte, 1000)) // alloc site
	}
}

func main() {
	f() // call site
}
