package main

// A deferred close of a nil channel: the channel (nil) is kept at the defer statement and
// close panics when main returns, at its closing brace.
func main() {
	var c chan int
	defer close(c)
	println("closing at return")
}
