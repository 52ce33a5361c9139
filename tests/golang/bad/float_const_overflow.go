package main

func main() {
	x := 1e400; println(x)
}
