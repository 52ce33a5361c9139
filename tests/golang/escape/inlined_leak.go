package main

var saved *int

func store(p *int) {
	saved = p
}

func main() {
	a := 1
	store(&a)
	println(*saved)
}
