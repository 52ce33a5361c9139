package main

func f() (int, bool) { return 1, true }

func main() {
	var s string
	var ok bool
	s, ok = f()
	println(s, ok)
}
