package main

type page [4096]byte

//go:noinline
func small() byte {
	var p page
	p[0] = 1
	q := new(page)
	q[1] = 2
	return p[0] + q[1]
}

//go:noinline
func large() byte {
	r := new([20000]int)
	r[0] = 1
	s := &[9000]int{}
	s[0] = 2
	return byte(r[0] + s[0])
}

func main() {
	println(small(), large())
}
