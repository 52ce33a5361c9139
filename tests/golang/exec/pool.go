package main

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
)

var news int

var pool = sync.Pool{New: func() interface{} {
	news++
	return new(bytes.Buffer)
}}

func main() {
	runtime.GOMAXPROCS(1)
	a := pool.Get().(*bytes.Buffer)
	a.WriteString("first")
	pool.Put(a)
	b := pool.Get().(*bytes.Buffer)
	fmt.Println("same after Put/Get:", a == b, b.String(), "news", news)
	pool.Put(b)
	runtime.GC()
	c := pool.Get().(*bytes.Buffer)
	fmt.Println("same after one GC:", c == b, "news", news)
	pool.Put(c)
	runtime.GC()
	runtime.GC()
	d := pool.Get().(*bytes.Buffer)
	fmt.Println("same after two GCs:", d == c, "news", news)
}
