package main

func main() {
	x := 1.5; println(x << 1)
}
