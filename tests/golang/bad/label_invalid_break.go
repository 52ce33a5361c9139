package main

func main() {
L:
	println()
	for {
		break L
	}
}
