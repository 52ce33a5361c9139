// sizeof.go — unsafe.Sizeof's operand is not evaluated: &x inside it takes no address
// that could escape, and the result is a constant (it escapes as one when boxed).
package main

import (
	"fmt"
	"unsafe"
)

var keep uintptr

func sizes() {
	x := 1
	keep = unsafe.Sizeof(&x)
	fmt.Println(unsafe.Sizeof(x))
}

func main() {
	sizes()
}
