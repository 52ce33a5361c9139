package main

var sinkStr string
var sinkBytes []byte

func main() {
	var s string
	for i := 0; i < 4; i++ {
		s += "x"
	}
	here := s + "!"
	println(len(here))
	sinkStr = s + "?"
	raw := []byte("world")
	sinkBytes = append(sinkBytes, 'y')
	println(len(raw))
}
