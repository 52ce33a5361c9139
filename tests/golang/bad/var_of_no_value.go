package main

func none() {}

func main() {
	var x int = none()
	_ = x
}
