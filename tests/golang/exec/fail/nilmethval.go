package main

type counter struct{ n int }

func (c counter) get() int { return c.n }

func main() {
	var p *counter
	g := p.get
	println(g())
}
