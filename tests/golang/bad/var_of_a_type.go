package main

func main() {
	var x int = int
	_ = x
}
