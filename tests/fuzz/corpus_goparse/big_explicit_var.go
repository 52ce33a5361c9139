package main

func main() {
	var huge [12 << 20]byte
	huge[1] = 7
	var fine [2 << 20]byte
	fine[1] = 8
	println(huge[1], fine[1])
}
