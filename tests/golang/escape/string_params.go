package main

var keep string

//go:noinline
func tail(s string) string {
	return s[1:]
}

//go:noinline
func store(s string) {
	keep = s
}

//go:noinline
func first(s string) byte {
	return s[0]
}

func main() {
	println(tail("abc"), first("xyz"))
	store("k")
}
