package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() { c.n++ }
func (c counter) get() int { return c.n }
func (c counter) String() string { return fmt.Sprintf("c=%d", c.n) }

type celsius struct{ deg int }

func (t *celsius) Error() string { return fmt.Sprint("too hot: ", t.deg) }

func main() {
	var c counter
	c.inc()
	c.inc()
	p := &c
	p.inc()
	err := &celsius{90}
	fmt.Println(c.get(), p.get(), c, err)
}
