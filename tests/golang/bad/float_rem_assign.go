package main

func main() {
	x := 1.5; x %= 2; println(x)
}
