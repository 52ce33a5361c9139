package main

var all []*int

func keep(p *int) {
	all = append(all, p)
}

func main() {
	for i := 0; i < 3; i++ {
		v := i
		keep(&v)
	}
	w := 9
	keep(&w)
}
