package main

var sinkB []byte
var sinkS string

//go:noinline
func roundTrip(s string) string {
	b := []byte(s)
	b[0] = 'X'
	return string(b)
}

//go:noinline
func keep(s string) {
	sinkB = []byte(s)
	b := []byte("local")
	sinkS = string(b[:2])
}

func main() {
	println(roundTrip("hey"))
	keep("k")
}
