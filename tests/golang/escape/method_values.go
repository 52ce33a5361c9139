// method_values.go — a method value is a closure holding its receiver: "c.inc escapes to heap" when kept, "does not escape" when only called here.
package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func (c counter) get() int { return c.n }

var keep func()
var keepGet func() int

//go:noinline
func save(c *counter) {
	keep = c.inc
}

//go:noinline
func saveVal(c counter) {
	keepGet = c.get
}

func main() {
	c := &counter{}
	save(c)
	var v counter
	saveVal(v)
	g := v.get
	h := c.inc
	h()
	println(g(), c.n)
}
