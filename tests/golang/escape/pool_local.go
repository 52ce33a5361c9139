package main

import "sync"

type buf struct{ b [64]byte }

//go:noinline
func work() int {
	p := sync.Pool{New: func() interface{} { return new(buf) }}
	x := p.Get().(*buf)
	x.b[0] = 1
	p.Put(x)
	return int(x.b[0])
}

func main() {
	println(work())
}
