package main

func main() {
	x := 2.5; println(^x)
}
