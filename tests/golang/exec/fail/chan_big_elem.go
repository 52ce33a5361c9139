package main

func main() {
	c := make(chan [2048]byte, 1)
	var b [2048]byte
	b[0] = 1
	c <- b
	println((<-c)[0])
}
