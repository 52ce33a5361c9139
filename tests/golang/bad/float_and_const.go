package main

func main() {
	x := 2.5; println(3 & x)
}
