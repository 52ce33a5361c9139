package main

func main() {
	println(y)
}
