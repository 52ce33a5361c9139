package main

var sink *int

func leak() {
	v := 5
	sink = &v
}

func pointerTo(n int) *int {
	return &n
}

func main() {
	leak()
	p := pointerTo(3)
	sink = pointerTo(4)
	println(*p)
}
