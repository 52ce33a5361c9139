package main

type inner struct{ n int }
type outer struct {
	in  *inner
	all []*inner
}

var g *outer

//go:noinline
func local() int {
	o := outer{in: &inner{1}, all: []*inner{&inner{2}}}
	return o.in.n + o.all[0].n
}

//go:noinline
func global() {
	g = &outer{in: &inner{3}}
}

func main() {
	println(local())
	global()
}
