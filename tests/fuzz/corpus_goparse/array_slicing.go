package main

var keep []int

//go:noinline
func local() int {
	var a [8]int
	s := a[:]
	s[0] = 1
	return a[0]
}

//go:noinline
func escaping() {
	var b [8]int
	keep = b[2:4]
}

func main() {
	println(local())
	escaping()
}
