package main

func f(n int) {}

func main() {
	var x interface{} = 5
	f(x)
}
