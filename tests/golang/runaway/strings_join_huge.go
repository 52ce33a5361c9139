package main

import (
	"fmt"
	"strings"
)

// strings.Join and ReplaceAll grow one Builder to the result's length before writing it:
// 100000 separators of 100000 bytes ask the heap for one 9999900000-byte block, which fails
// there, as Go's mallocgc does, before any host memory is spent on the bytes.
func main() {
	s := strings.Repeat("a", 100000)
	fmt.Println(len(strings.Join(make([]string, 100000), s)))
}
