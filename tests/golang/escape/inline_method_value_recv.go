package main

type counter struct{ n int }

func (c *counter) inc() {
	c.n++
}

func (c counter) get() int {
	return c.n
}

var global *counter

func main() {
	var c counter
	c.inc()
	println(c.get())
	d := &counter{}
	d.inc()
	global = d
}
