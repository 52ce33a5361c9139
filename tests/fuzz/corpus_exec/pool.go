package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	p := sync.Pool{New: func() any { return new([64]byte) }}
	for i := 0; i < 10; i++ {
		b := p.Get().(*[64]byte)
		b[0] = byte(i)
		p.Put(b)
	}
	runtime.GC()
	b := p.Get().(*[64]byte)
	fmt.Println(b[0])
}
