package main

// A deferred call that runs for a panic panics itself: Go prints both, oldest first, and
// the calls deferred before it still run.
func note(s string) { println("deferred:", s) }

func work() {
	defer note("runs for the second panic")
	defer func() { panic("second") }()
	var s []int
	s[3] = 1
}

func main() {
	work()
}
