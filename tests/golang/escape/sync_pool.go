package main

import (
	"bytes"
	"sync"
)

var pool = sync.Pool{New: func() interface{} { return new(bytes.Buffer) }}

//go:noinline
func use() int {
	b := pool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString("hi")
	n := b.Len()
	pool.Put(b)
	return n
}

func main() {
	println(use())
}
