// array_pointer_index.go — p[3] on a *[8]int is printed as written (Go inserts the *p itself); an explicit (*p)[2] keeps its star.
package main

var sink interface{}
var sinks []int

//go:noinline
func arr() *[8]int { return new([8]int) }

func mk() *[8]int { return new([8]int) }

//go:noinline
func use(p *[8]int) {
	sink = p[3]
	sinks = p[:4]
	sink = (*p)[2]
}

func main() {
	use(arr())
	sinks = mk()[:2]
	sink = arr()[1]
}
