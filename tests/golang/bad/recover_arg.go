package main

func main() {
	x := recover(1)
	_ = x
}
