package main

// cafÃ© ok
func main() {
	println("æ—¥æœ¬")
	s := "aí €"
	println(s)
}
