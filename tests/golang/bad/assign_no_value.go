package main

func main() {
	f := func() {}
	a, b := f()
	println(a, b)
}
