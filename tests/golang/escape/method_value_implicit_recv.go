// method_value_implicit_recv.go — v.inc on an addressable value binds &v: kept past the call the value moves to the heap; p.get on a pointer binds a copy of *p.
package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func (c counter) get() int { return c.n }

var keep func()
var keepGet func() int

//go:noinline
func bindAddr() {
	var v counter
	keep = v.inc
}

//go:noinline
func bindCopy(p *counter) {
	keepGet = p.get
}

func main() {
	bindAddr()
	var w counter
	f := w.inc
	f()
	bindCopy(&w)
	q := (&w).get
	println(keepGet(), q(), w.n)
}
