package main

func main() {
	b := []byte("ab")
	println(len([]rune(b)))
}
