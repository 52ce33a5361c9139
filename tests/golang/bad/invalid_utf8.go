package main

func main() {
	println("café")
}
