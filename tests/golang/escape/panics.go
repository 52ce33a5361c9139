package main

//go:noinline
func check(n int) {
	if n < 0 {
		panic("negative")
	}
	if n > 100 {
		panic(n)
	}
}

func main() {
	check(5)
}
