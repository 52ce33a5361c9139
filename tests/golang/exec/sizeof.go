// sizeof.go — unsafe.Sizeof is a constant uintptr, the size of its operand's type on
// linux/amd64 (padding included); the operand is not evaluated, and nothing allocates.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type Point struct{ X, Y, Z int }

type Mixed struct {
	A bool
	B int64
	C bool
}

type Packed struct {
	B int64
	A, C bool
}

var calls int

func count() Point {
	calls++
	return Point{}
}

func main() {
	var q Point
	var p *Point
	var s string
	var b []byte
	var e interface{}
	var a [5]int32
	var before, after runtime.MemStats
	fmt.Println(unsafe.Sizeof(q), unsafe.Sizeof(p), unsafe.Sizeof(q.X), unsafe.Sizeof(s), unsafe.Sizeof(b))
	fmt.Println(unsafe.Sizeof(e), unsafe.Sizeof(a), unsafe.Sizeof(Mixed{}), unsafe.Sizeof(Packed{}))
	fmt.Println(unsafe.Sizeof(count()), calls)
	const size = unsafe.Sizeof(Point{})
	var arr [size]byte
	fmt.Println(len(arr))
	runtime.ReadMemStats(&before)
	total := uintptr(0)
	for i := 0; i < 10; i++ {
		total += unsafe.Sizeof(p)
	}
	runtime.ReadMemStats(&after)
	fmt.Println(total, after.Mallocs-before.Mallocs)
}
