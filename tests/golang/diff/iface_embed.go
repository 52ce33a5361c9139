// iface_embed.go — interfaces embedding interfaces: ReadWriter's method set is Reader's and
// Writer's together (a method both list with one signature counts once), so *File satisfies
// all three; converting ReadWriter to Reader keeps the same boxed value (no allocation), and
// x.(ReadWriter) checks both methods at run time
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

// measure prints what f allocated on the heap, as runtime.MemStats counts it.
func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type Reader interface {
	Read() int
	Name() string
}

type Writer interface {
	Write(v int)
	Name() string
}

type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	data []int
	name string
}

func (f *File) Read() int {
	if len(f.data) == 0 {
		return -1
	}
	v := f.data[0]
	f.data = f.data[1:]
	return v
}

func (f *File) Write(v int) { f.data = append(f.data, v) }
func (f *File) Name() string { return f.name }

type Counter int

func (c Counter) Read() int     { return int(c) }
func (c Counter) Name() string  { return "counter" }

var rw ReadWriter
var r Reader
var rs []Reader

func main() {
	measure("convert", func() {
		rw = &File{name: "f"}
		r = rw
	})
	rw.Write(3)
	rw.Write(4)
	fmt.Println(r.Read(), rw.Read(), r.Name())
	measure("readers", func() {
		rs = append(rs, r, Counter(7), rw)
	})
	for _, x := range rs {
		_, ok := x.(ReadWriter)
		fmt.Println(x.Name(), x.Read(), ok)
	}
	var w Writer = rw
	w.Write(9)
	fmt.Println(r.Read())
}
